import "server-only";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import type { Actor } from "./roles";

export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  return (session as unknown as { actor?: Actor } | null)?.actor ?? null;
}

import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "./auth-options";
import type { Actor } from "./roles";

/**
 * The signed-in actor, or null. Reading the session checks it on the server (the jwt callback in
 * auth-options: ended, idle, too old, account changed); once per request, however many layouts,
 * pages and components ask.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  return (session as unknown as { actor?: Actor } | null)?.actor ?? null;
});

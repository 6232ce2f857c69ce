import "server-only";
import { headers } from "next/headers";
import { clientAddressOf } from "@/lib/http/client-address";

/** The caller's address as every per-client limit sees it (lib/http/client-address). */
export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}

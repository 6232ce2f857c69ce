import "server-only";
import { headers } from "next/headers";

/** The caller's address as the sign-in throttle sees it (first X-Forwarded-For hop, else X-Real-IP). */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || "local";
}

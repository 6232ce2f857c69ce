/**
 * Cross-site request forgery guard for state-changing requests to the portal's own API routes
 * (server actions get the same check from Next.js itself). A browser always sends Origin on a
 * cross-site POST, so a request whose Origin names another site is refused. Requests with no
 * Origin (curl, server-to-server) carry no ambient cookies from a victim's browser and pass.
 */
export function isCrossSiteRequest(method: string, origin: string | null, host: string | null): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase())) return false;
  if (!origin) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

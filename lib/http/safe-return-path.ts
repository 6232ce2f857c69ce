/**
 * The one guard for every return address the portal follows (sign-in's callbackUrl, next-auth's
 * redirect callback, notification links, sign-out). String checks such as "starts with / but not
 * //" miss what browsers do to a URL — backslashes read as slashes, tabs and newlines dropped,
 * leading control characters trimmed — so the value is parsed as a browser would, against the
 * portal's origin, and kept only when it stays on that origin. What is returned is the parsed
 * path, query and fragment, never the raw input, so nothing the parser rewrote can reach the
 * browser a second time.
 */

/** Used when the caller has no origin of its own: then only relative addresses can match it. */
const PLACEHOLDER_ORIGIN = "http://portal.invalid";

/** Longer return addresses are not links anyone needs and are refused outright. */
const MAX_LENGTH = 2048;

export function safeReturnPath(value: unknown, origin: string = PLACEHOLDER_ORIGIN, fallback = "/dashboard"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "" || raw.length > MAX_LENGTH) return fallback;
  let base: URL;
  let parsed: URL;
  try {
    base = new URL(origin);
    parsed = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (parsed.origin !== base.origin || parsed.username !== "" || parsed.password !== "") return fallback;
  // "/.//evil.example" parses to the path "//evil.example", which a browser would read as another host.
  if (parsed.pathname.startsWith("//") || parsed.pathname.startsWith("/\\")) return fallback;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

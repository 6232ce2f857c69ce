import { parseCookie } from "cookie";
import { LOCALE_COOKIE, isLocale, negotiateLocale } from "@/i18n/locales";

/** What the page cache reads of a request (node's IncomingMessage has this shape). */
export interface PageRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Anonymous public pages whose HTML depends only on the URL, the language and the register's
 * version (and the date, for validity): the same for every visitor who is not signed in.
 * A page belongs here only when nothing else it reads can change without moving the register's
 * version (lib/services/register/register-version.ts).
 */
export const REGISTER_PAGES: readonly string[] = ["/register"];

// Client-side navigations and prefetches ask for the React Server Components payload of a page
// (and server actions post to it): not the HTML document, and shaped by the client's router state.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url"];

/**
 * The cache key for a request, or null when its page must be rendered for it: not a GET of one of
 * `paths`, a router request, or a visitor with a session (the header shows who is signed in).
 * The key is the language as the portal would pick it (its cookie, else the browser's
 * Accept-Language), whether it came over TLS (HSTS is sent then), and the path with its query.
 */
export function pageRequestKey(request: PageRequest, paths: readonly string[]): string | null {
  if (request.method !== "GET" || !request.url) return null;
  const url = new URL(request.url, "http://portal.invalid");
  if (!paths.includes(url.pathname) || url.searchParams.has("_rsc")) return null;
  for (const name of ROUTER_HEADERS) if (request.headers[name] !== undefined) return null;
  const cookies = parseCookie(header(request, "cookie") ?? "");
  // next-auth's cookie, with or without its __Secure- prefix and in chunks (.0, .1) when large.
  for (const name of Object.keys(cookies)) if (name.includes("next-auth.session-token")) return null;
  const chosen = cookies[LOCALE_COOKIE];
  const locale = isLocale(chosen) ? chosen : negotiateLocale(header(request, "accept-language"));
  const tls = header(request, "x-forwarded-proto") === "https" ? "https" : "http";
  return `${locale}|${tls}|${url.pathname}${url.search}`;
}

function header(request: PageRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

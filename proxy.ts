import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { newNonce } from "@/lib/http/nonce";
import { isCrossSiteRequest } from "@/lib/http/same-origin";

/**
 * Runs before every page and API request. It sets the security headers that need the request
 * (a per-response CSP nonce, HSTS behind TLS), refuses cross-site state-changing requests,
 * and passes the path on so a page that sends someone to sign in can bring them back.
 * Authorization is never decided here: pages, actions and routes check it themselves.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";

  // Every state-changing request is held to the same-origin rule, wherever its route handler lives
  // (/api/documents, /admin/imports/run, /notices/…/objections). Exempt: the public machine API
  // (/api/v1), meant to be called from other sites and using no cookies; next-auth's endpoints,
  // guarded by its CSRF token; and server actions, which Next.js checks against Host itself.
  const exempt = pathname.startsWith("/api/v1/") || pathname.startsWith("/api/auth/") || request.headers.has("next-action");
  if (!exempt && isCrossSiteRequest(request.method, request.headers.get("origin"), request.headers.get("host"))) {
    return NextResponse.json({ error: "cross-site request refused" }, { status: 403 });
  }

  if (pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    return response;
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-pathname", pathname + search);
  headers.set("x-nonce", nonce);
  // Next.js reads the policy from the request to put the nonce on the scripts it renders.
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};

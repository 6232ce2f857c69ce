import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const HOST = "portal.example.cn";
const send = (method: string, path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`https://${HOST}${path}`, { method, headers: { host: HOST, ...headers } }));

/** State-changing route handlers outside /api as well as inside it, and any other path. */
const GUARDED = ["/admin/imports/run", "/notices/00000000-0000-4000-8000-000000000000/objections", "/api/documents", "/api/health", "/staff/batches", "/"];

describe("the proxy's same-origin rule for state-changing requests", () => {
  it.each(GUARDED.flatMap((path) => ["POST", "PUT", "PATCH", "DELETE"].map((method) => [method, path])))(
    "%s %s from another site is refused with 403",
    async (method, path) => {
      const response = send(method, path, { origin: "https://evil.example" });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "cross-site request refused" });
    },
  );

  it.each(GUARDED)("POST %s from an opaque origin (a sandboxed frame, a data: page) is refused", (path) => {
    expect(send("POST", path, { origin: "null" }).status).toBe(403);
  });

  it.each(GUARDED)("POST %s from the portal itself, or with no Origin (not a browser), passes on", (path) => {
    expect(send("POST", path, { origin: `https://${HOST}` }).status).toBe(200);
    expect(send("POST", path).status).toBe(200);
  });

  it("reads are never refused, and the public machine API, next-auth and server actions keep their own checks", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(send(method, "/admin/imports/run", { origin: "https://evil.example" }).status).toBe(200);
    expect(send("POST", "/api/v1/eligibility/innovative", { origin: "https://evil.example" }).status).toBe(200);
    expect(send("POST", "/api/auth/callback/credentials", { origin: "https://evil.example" }).status).toBe(200);
    expect(send("POST", "/staff/batches", { origin: "https://evil.example", "next-action": "abc123" }).status).toBe(200);
  });
});

import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/test";
import { ROLE_PROBES } from "./support/role-probes";
import { documentedStatus, ROUTE_ACCESS, type RouteProbe } from "./support/route-access";
import { routeHandlersInBuild, routeHandlersInCode } from "./support/route-handlers";
import { signInRequest } from "./support/server-actions";

/**
 * Every route handler, found in the code (app/**\/route.ts and the methods it exports) and in
 * the build's manifest, is called without a session and as each role with a junk request, and
 * must give the answer its entry in support/route-access.ts documents. The sibling of
 * authorization.spec.ts, which does the same for server actions.
 */
const inCode = routeHandlersInCode();

test("every route handler, in the code and in the build, has a documented answer for each role", () => {
  expect(inCode.length).toBeGreaterThan(0);
  expect(
    inCode.filter((key) => !(key in ROUTE_ACCESS)),
    "routes missing from tests/e2e/support/route-access.ts",
  ).toEqual([]);
  expect(
    Object.keys(ROUTE_ACCESS).filter((key) => !inCode.includes(key)),
    "entries for routes that no longer exist",
  ).toEqual([]);
  const pathsInCode = [...new Set(inCode.map((key) => key.split(" ")[1]!))].sort();
  expect(routeHandlersInBuild()).toEqual(pathsInCode);
});

async function send(request: APIRequestContext, method: string, probe: RouteProbe["request"]) {
  const options = {
    headers: probe.headers,
    maxRedirects: 0,
    ...(probe.form ? { multipart: probe.form } : probe.body !== undefined ? { data: probe.body } : {}),
  };
  return request.fetch(probe.path, { method, ...options });
}

const probes = ROLE_PROBES;

for (const probe of probes) {
  test(`${probe.label}: every route handler answers as documented`, async ({ baseURL }) => {
    const request = await playwrightRequest.newContext({ baseURL });
    try {
      if (probe.email && probe.password) await signInRequest(request, probe.email, probe.password);
      const answers: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const [key, entry] of Object.entries(ROUTE_ACCESS)) {
        const response = await send(request, key.split(" ")[0]!, entry.request);
        expect(response.status(), `${key}: ${await response.text()}`).toBeLessThan(500);
        answers[key] = response.status();
        expected[key] = documentedStatus(entry, probe.role);
      }
      expect(answers).toEqual(expected);
      // The probes changed nothing about who this is: the session survived every junk request.
      const session = (await (await request.get("/api/auth/session")).json()) as { actor?: { role: string } };
      expect(session.actor?.role ?? null).toBe(probe.role);
    } finally {
      await request.dispose();
    }
  });
}

test("a method a route does not export answers 405, not the handler of another method", async ({ request }) => {
  const paths = [...new Set(inCode.map((key) => key.split(" ")[1]!))];
  for (const routePath of paths) {
    const exported = inCode.filter((key) => key.endsWith(` ${routePath}`)).map((key) => key.split(" ")[0]!);
    const probePath = Object.entries(ROUTE_ACCESS)
      .find(([key]) => key.endsWith(` ${routePath}`))![1]
      .request.path.split("?")[0]!;
    for (const method of ["PUT", "PATCH", "DELETE"].filter((m) => !exported.includes(m))) {
      const response = await request.fetch(probePath, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${routePath}`).toBe(405);
    }
  }
});

/** Every state-changing route handler that browsers with the portal's cookies could be made to call. */
const STATE_CHANGING = Object.keys(ROUTE_ACCESS).filter((key) => /^(POST|PUT|PATCH|DELETE) /.test(key) && !/ \/api\/(v1|auth)\//.test(key));

test("every state-changing route handler, wherever it lives, refuses a request from another site", async ({ baseURL }) => {
  // Outside /api as well: the import run and the public objection form are route handlers too.
  expect(STATE_CHANGING).toEqual(expect.arrayContaining(["POST /admin/imports/run", "POST /notices/[batchId]/objections", "POST /api/documents"]));
  for (const probe of ROLE_PROBES.filter((p) => p.role === null || p.role === "administrator" || p.role === "company")) {
    const request = await playwrightRequest.newContext({ baseURL });
    try {
      if (probe.email && probe.password) await signInRequest(request, probe.email, probe.password);
      for (const key of STATE_CHANGING) {
        const entry = ROUTE_ACCESS[key]!;
        const response = await send(request, key.split(" ")[0]!, { ...entry.request, headers: { ...entry.request.headers, Origin: "https://evil.example" } });
        expect(response.status(), `${probe.label}: ${key}`).toBe(403);
        expect(await response.json(), `${probe.label}: ${key}`).toEqual({ error: "cross-site request refused" });
      }
    } finally {
      await request.dispose();
    }
  }
});

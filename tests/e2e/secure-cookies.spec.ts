import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "./support/test";

/**
 * Behind a TLS-terminating proxy: a second production server whose public address (NEXTAUTH_URL)
 * is https, reached over plain HTTP as the proxy would reach it, with X-Forwarded-Proto: https.
 * Signing in must set the session cookie with Secure and the __Secure- prefix (the CSRF cookie
 * with __Host-), and that cookie must then be the session.
 */
const port = Number(process.env.E2E_PORT ?? 3100) + 7;
const direct = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Its own embedded database: never the suite's (the seed wipes demo tables first).
  const env = { ...process.env, E2E_NEXTAUTH_URL: `https://127.0.0.1:${port}`, E2E_DATABASE_URL: "" };
  server = spawn("npx", ["tsx", "scripts/e2e-server.ts", String(port)], { env, stdio: "ignore", detached: true });
  const deadline = Date.now() + 230_000;
  for (;;) {
    const up = await fetch(`${direct}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error("the https-addressed server did not start");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

const viaProxy = { "X-Forwarded-Proto": "https", "X-Forwarded-Host": `127.0.0.1:${port}` };
const pair = (setCookie: string) => setCookie.split(";")[0]!;

test("behind TLS, signing in sets a Secure, __Secure- prefixed session cookie that then works", async () => {
  const csrf = await fetch(`${direct}/api/auth/csrf`, { headers: viaProxy });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = csrf.headers.getSetCookie();
  const csrfCookie = csrfCookies.find((c) => c.startsWith("__Host-next-auth.csrf-token="));
  expect(csrfCookie, csrfCookies.join("\n")).toBeDefined();
  expect(csrfCookie).toMatch(/;\s*Secure/i);

  const signIn = await fetch(`${direct}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...viaProxy, "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookies.map(pair).join("; ") },
    body: new URLSearchParams({ csrfToken, email: "company@demo.sme.cn", password: "Company#2026", json: "true" }),
  });
  expect(signIn.status).toBeLessThan(400);
  const cookies = signIn.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith("__Secure-next-auth.session-token="));
  expect(session, cookies.join("\n")).toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  // No session cookie without the prefix, which a plain-HTTP page could set or overwrite.
  expect(cookies.some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
  expect(signIn.headers.get("strict-transport-security")).toContain("max-age=");

  const me = await fetch(`${direct}/api/auth/session`, { headers: { ...viaProxy, Cookie: pair(session!) } });
  expect(((await me.json()) as { actor?: { role: string } }).actor?.role).toBe("company");
});

test("on the plain-HTTP address of the suite's own server, cookies carry neither Secure nor a prefix", async ({ request }) => {
  const csrf = await request.get("/api/auth/csrf");
  const cookies = csrf
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
  expect(cookies.some((c) => c.startsWith("next-auth.csrf-token="))).toBe(true);
  expect(cookies.every((c) => !/;\s*Secure/i.test(c))).toBe(true);
});

import { request as httpRequest } from "node:http";
import { expect, test } from "./support/test";
import { signIn } from "./support/sign-in";

/**
 * Sessions end on the server, and per-client sign-in limits key on the socket, not on headers a
 * client writes (issue 16). The production server (server.ts) runs here with no trusted proxies,
 * as by default.
 */

interface Answer {
  status: number;
  body: string;
  cookies: string[];
}

/** A raw HTTP request from a chosen loopback address (all of 127/8 reaches the server), so these failures use a client of their own. */
function send(url: string, from: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: init.method ?? "GET", headers: init.headers, localAddress: from }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          cookies: (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!),
        }),
      );
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

async function failedSignIn(baseURL: string, from: string, email: string, spoofed: Record<string, string>): Promise<string> {
  const csrf = await send(`${baseURL}/api/auth/csrf`, from, { headers: spoofed });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password: "not-the-password-0", json: "true" }).toString();
  const answer = await send(`${baseURL}/api/auth/callback/credentials`, from, {
    method: "POST",
    headers: { ...spoofed, "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookies.join("; ") },
    body,
  });
  return new URL((JSON.parse(answer.body) as { url: string }).url).searchParams.get("error") ?? "";
}

test("signing out ends the session on the server: a copy of the cookie no longer signs anyone in", async ({ page, browser, baseURL }) => {
  await signIn(page, "fujian@demo.gov.cn", "Province#2026");
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.includes("session-token"))).toBe(true);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录", exact: true })).toBeVisible();

  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(copied);
  const replayed = await replay.newPage();
  const session = (await (await replayed.request.get("/api/auth/session")).json()) as { actor?: unknown };
  expect(session.actor).toBeUndefined();
  await replayed.goto("/staff");
  await expect(replayed).toHaveURL(/\/signin/);
  await replay.close();
});

test("21 failed sign-ins from one client, each with a different spoofed X-Forwarded-For, are throttled", async ({ baseURL }) => {
  const from = "127.0.0.2";
  const answers: string[] = [];
  for (let i = 0; i < 21; i++) {
    // Every header a client could use to look like someone new, fresh on each attempt.
    const spoofed = { "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `203.0.113.${i + 1}`, "x-sme-client-address": `192.0.2.${i + 1}` };
    answers.push(await failedSignIn(baseURL!, from, `nobody-${i}@example.cn`, spoofed));
  }
  expect(answers.slice(0, 20)).toEqual(Array(20).fill("CredentialsSignin"));
  expect(answers[20]).toBe("Throttled");
  // The limit is this client's: another address is not throttled.
  expect(await failedSignIn(baseURL!, "127.0.0.3", "nobody-else@example.cn", {})).toBe("CredentialsSignin");
});

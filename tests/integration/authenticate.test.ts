import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { authOptions } from "@/lib/auth/auth-options";
import { authenticate } from "@/lib/auth/authenticate";
import { CLIENT_ADDRESS_FROM_SERVER_ENV, CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { hashPassword } from "@/lib/auth/password";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await db.prisma.region.createMany({
    data: [
      { code: "350000", nameZh: "福建省", nameEn: "Fujian", level: "province" },
      { code: "350100", nameZh: "福州市", nameEn: "Fuzhou", level: "city", parentCode: "350000" },
    ],
  });
  const passwordHash = await hashPassword("correct horse");
  await db.prisma.user.createMany({
    data: [
      { email: "official@example.gov.cn", name: "王芳", role: "municipal", jurisdictionCode: "350100", passwordHash },
      { email: "throttled@example.gov.cn", name: "李强", role: "provincial", jurisdictionCode: "350000", passwordHash },
      { email: "target@example.gov.cn", name: "周杰", role: "provincial", jurisdictionCode: "350000", passwordHash },
      { email: "gone@example.gov.cn", name: "赵敏", role: "ministry", passwordHash, disabledAt: new Date() },
    ],
  });
});
afterAll(async () => db.destroy());

describe("signing in", () => {
  it("gives the session its role and jurisdiction", async () => {
    const result = await authenticate({ email: "Official@Example.gov.cn ", password: "correct horse" }, "client-a");
    expect(result).toMatchObject({ ok: true, actor: { role: "municipal", jurisdictionCode: "350100", name: "王芳" } });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const wrongPassword = await authenticate({ email: "official@example.gov.cn", password: "wrong" }, "client-b");
    const unknownEmail = await authenticate({ email: "nobody@example.gov.cn", password: "wrong" }, "client-b");
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("refuses a disabled account even with the right password", async () => {
    expect(await authenticate({ email: "gone@example.gov.cn", password: "correct horse" }, "client-c")).toEqual({ ok: false, reason: "invalid" });
  });

  it("a stranger's failures throttle the stranger, not the owner signing in from another client", async () => {
    for (let i = 0; i < 6; i++) await authenticate({ email: "throttled@example.gov.cn", password: `wrong-${i}` }, "stranger");
    expect(await authenticate({ email: "throttled@example.gov.cn", password: "correct horse" }, "stranger")).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate({ email: "throttled@example.gov.cn", password: "correct horse" }, "owner-laptop")).toMatchObject({
      ok: true,
      actor: { email: "throttled@example.gov.cn" },
    });
  });

  it("a guess spread over 50 clients reaches the account's ceiling and blocks it from everywhere", async () => {
    for (let i = 0; i < 50; i++) await authenticate({ email: "target@example.gov.cn", password: `wrong-${i}` }, `botnet-${i}`);
    expect(await authenticate({ email: "target@example.gov.cn", password: "correct horse" }, "owner-laptop")).toEqual({ ok: false, reason: "throttled" });
  });

  it("rejects malformed input without touching the database", async () => {
    expect(await authenticate({ email: "not-an-email", password: "x" }, "client-d")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(null, "client-d")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("next-auth's sign-in keys its client limit on the socket's address", () => {
  const authorize = (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options.authorize;
  const attempt = (i: number, headers: Record<string, string>) =>
    Promise.resolve(authorize({ email: `nobody-${i}@example.gov.cn`, password: "wrong" }, { headers, body: {}, query: {}, method: "POST" })).then(
      () => "signed-in",
      (e: Error) => e.message,
    );

  it("behind server.ts, 21 failures with 21 spoofed X-Forwarded-For values are throttled", async () => {
    process.env[CLIENT_ADDRESS_FROM_SERVER_ENV] = "1";
    try {
      const answers: string[] = [];
      for (let i = 0; i < 21; i++)
        answers.push(await attempt(i, { [CLIENT_ADDRESS_HEADER]: "203.0.113.77", "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `192.0.2.${i}` }));
      expect(answers.slice(0, 20)).toEqual(Array(20).fill("CredentialsSignin"));
      expect(answers[20]).toBe("Throttled");
      expect(await attempt(99, { [CLIENT_ADDRESS_HEADER]: "203.0.113.78" })).toBe("CredentialsSignin");
    } finally {
      delete process.env[CLIENT_ADDRESS_FROM_SERVER_ENV];
    }
  });
});

import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { readSessionState, startSession } from "@/lib/auth/session-store";
import {
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  setRequiredTwoFactorRoles,
  startTwoFactorEnrolment,
  twoFactorStatus,
} from "@/lib/services/accounts/two-factor";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";

/**
 * Two-factor sign-in on the real database: enrolment with a first code, sign-in that asks for
 * the code and refuses a wrong or replayed one, single-use recovery codes, and a role made
 * mandatory whose unenrolled members get a session that opens nothing but the enrolment page.
 */
let db: FreshDatabase;
const PASSWORD = "correct horse battery";
let counter = 0;
const env = { ...process.env };

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "two-factor-test-secret-0123456789abcdef";
  db = await freshDatabase();
});
afterAll(async () => {
  process.env = { ...env };
  await db.destroy();
});

async function account(role: Actor["role"], jurisdictionCode: string | null = null): Promise<Actor> {
  counter += 1;
  const email = `tf${counter}@example.gov.cn`;
  const user = await db.prisma.user.create({ data: { email, name: `用户${counter}`, role, jurisdictionCode, passwordHash: await hashPassword(PASSWORD) } });
  return { id: user.id, email, name: user.name, role, jurisdictionCode, companyId: null };
}

const at = (iso: string) => new Date(iso);
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });
const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { details?: { field?: string }; status?: number }) => `${error.status}:${error.details?.field ?? ""}`,
  );

describe("two-factor sign-in", () => {
  it("turns on with a first code, keeps the secret sealed, and then asks every sign-in for a fresh code", async () => {
    const official = await account("municipal", "350100");
    const enrolment = await startTwoFactorEnrolment(official);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(enrolment.qrSvg).toContain("<svg");
    // Reloading the page shows the same secret.
    expect((await startTwoFactorEnrolment(official)).secret).toBe(enrolment.secret);
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: official.id } });
    expect(stored.totpPendingSecret).toMatch(/^sealed:v1:/);
    expect(JSON.stringify(stored)).not.toContain(enrolment.secret);

    const t0 = new Date();
    expect(await reasonOf(confirmTwoFactorEnrolment(official, { code: "000000" === (await codeAt(enrolment.secret, t0)) ? "111111" : "000000" }, t0))).toBe(
      "400:code",
    );
    const { recoveryCodes } = await confirmTwoFactorEnrolment(official, { code: await codeAt(enrolment.secret, t0) }, t0);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const enabled = await db.prisma.user.findUniqueOrThrow({ where: { id: official.id } });
    expect(enabled.totpSecret).toMatch(/^sealed:v1:/);
    expect(enabled.totpRecoveryHashes.join()).not.toContain(recoveryCodes[0]!.replace("-", ""));
    expect(await twoFactorStatus(official)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });

    const signIn = (code?: string) => authenticate({ email: official.email, password: PASSWORD, ...(code !== undefined ? { code } : {}) }, `client-${counter}`);
    expect(await signIn()).toEqual({ ok: false, reason: "code-required" });
    expect(await authenticate({ email: official.email, password: "wrong password", code: "123456" }, "c2")).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn("12345")).toEqual({ ok: false, reason: "code-invalid" });
    // The code that turned it on is spent: it does not also sign in.
    expect(await signIn(await codeAt(enrolment.secret, t0))).toEqual({ ok: false, reason: "code-invalid" });
    expect(enabled.totpLastStep).toBe(Math.floor(t0.getTime() / 30_000));
    // A code for a later step than the last one accepted is good, once (sign-in reads the real clock).
    const nowCode = await codeAt(enrolment.secret, new Date());
    if (Math.floor(Date.now() / 30_000) === enabled.totpLastStep) {
      await db.prisma.user.update({ where: { id: official.id }, data: { totpLastStep: enabled.totpLastStep - 1 } });
    }
    expect(await signIn(nowCode)).toMatchObject({ ok: true, mustEnrolTwoFactor: false });
    expect(await signIn(nowCode)).toEqual({ ok: false, reason: "code-invalid" });

    // A recovery code signs in once, typed with or without its dash, in any case.
    expect(await signIn(recoveryCodes[3]!.toUpperCase().replace("-", " "))).toMatchObject({ ok: true });
    expect(await signIn(recoveryCodes[3]!)).toEqual({ ok: false, reason: "code-invalid" });
    expect(await twoFactorStatus(official)).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it("new recovery codes replace the old ones; turning it off needs a code and is refused where the role requires it", async () => {
    const expert = await account("expert");
    const { secret } = await startTwoFactorEnrolment(expert);
    const t0 = at("2026-12-03T02:00:00Z");
    const first = await confirmTwoFactorEnrolment(expert, { code: await codeAt(secret, t0) }, t0);
    const t1 = new Date(t0.getTime() + 60_000);
    expect(await reasonOf(regenerateRecoveryCodes(expert, { code: first.recoveryCodes[0]! }, t1))).toBe("400:code");
    const second = await regenerateRecoveryCodes(expert, { code: await codeAt(secret, t1) }, t1);
    expect(second.recoveryCodes).not.toContain(first.recoveryCodes[1]);

    const admin = await account("administrator");
    await setRequiredTwoFactorRoles(admin, { roles: ["expert"] });
    const t2 = new Date(t1.getTime() + 60_000);
    expect(await reasonOf(disableTwoFactor(expert, { code: await codeAt(secret, t2) }, t2))).toBe("409:");
    await setRequiredTwoFactorRoles(admin, { roles: [] });
    expect(await reasonOf(disableTwoFactor(expert, { code: first.recoveryCodes[1]! }, t2))).toBe("400:code");
    await disableTwoFactor(expert, { code: second.recoveryCodes[1]! }, t2);
    const off = await db.prisma.user.findUniqueOrThrow({ where: { id: expert.id } });
    expect(off).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpRecoveryHashes: [] });
    expect(await db.prisma.auditLog.count({ where: { entityId: expert.id, action: { startsWith: "account.two-factor" } } })).toBe(3);
  });

  it("a role made mandatory signs its unenrolled members into a session that is lifted once they enrol", async () => {
    const admin = await account("administrator");
    const provincialAdmin = await account("administrator", "350000");
    await expect(setRequiredTwoFactorRoles(provincialAdmin, { roles: ["provincial"] })).rejects.toMatchObject({ status: 403 });
    await setRequiredTwoFactorRoles(admin, { roles: ["provincial"] });
    expect(await db.prisma.auditLog.findFirst({ where: { action: "setting.two-factor-required" }, orderBy: { id: "desc" } })).toMatchObject({
      fromStatus: "none",
      toStatus: "provincial",
    });

    const official = await account("provincial", "350000");
    const city = await account("municipal", "350100");
    const signedIn = await authenticate({ email: official.email, password: PASSWORD }, "c-mandatory");
    expect(signedIn).toMatchObject({ ok: true, mustEnrolTwoFactor: true });
    expect(await authenticate({ email: city.email, password: PASSWORD }, "c-mandatory")).toMatchObject({ ok: true, mustEnrolTwoFactor: false });

    const sessionId = await startSession(official.id, 0, new Date(), { twoFactorPending: true });
    expect((await readSessionState(sessionId))?.enrolmentPending).toBe(true);
    const { secret } = await startTwoFactorEnrolment(official);
    await confirmTwoFactorEnrolment(official, { code: await codeAt(secret, new Date()) });
    expect((await readSessionState(sessionId))?.enrolmentPending).toBe(false);
    await setRequiredTwoFactorRoles(admin, { roles: [] });
  });

  it("is not for company accounts", async () => {
    const company = await account("company");
    await expect(startTwoFactorEnrolment(company)).rejects.toMatchObject({ status: 403 });
  });
});

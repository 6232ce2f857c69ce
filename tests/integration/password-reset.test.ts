import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { DEFAULT_SESSION_POLICY } from "@/lib/auth/session-policy";
import { checkSession, startSession } from "@/lib/auth/session-store";
import { unsealLink } from "@/lib/outbox/sealed-link";
import { issueAccountToken } from "@/lib/services/accounts/account-tokens";
import { RESET_ANSWER_MS, requestPasswordReset, resetPassword } from "@/lib/services/accounts/password-reset";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";

/**
 * A forgotten password on the real database: the request answers alike for every address and
 * mails only an enabled, activated account; the emailed link sets a password that passes the
 * sign-up policy, once, and ends every session of the account.
 */
let db: FreshDatabase;
const env = { ...process.env };
const OLD = "correct horse battery";
const NEW = "lantern quarry maple drift";
let counter = 0;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "password-reset-test-secret-0123456789";
  process.env.NEXTAUTH_URL = "https://portal.example.cn";
  delete process.env.SMTP_URL;
  db = await freshDatabase();
});
afterAll(async () => {
  process.env = { ...env };
  await db.destroy();
});

async function account(data: { activatedAt?: Date | null; disabledAt?: Date | null } = {}) {
  counter += 1;
  const email = `reset${counter}@example.cn`;
  const user = await db.prisma.user.create({
    data: { email, name: `企业用户${counter}`, role: "company", passwordHash: await hashPassword(OLD), ...data },
  });
  return { id: user.id, email, name: user.name, role: user.role, jurisdictionCode: null, companyId: null };
}

const mailsTo = (email: string) => db.prisma.outbox.findMany({ where: { recipient: email }, orderBy: { createdAt: "asc" } });

/** The secret from the newest reset email to the address, read as the recipient would. */
async function secretFromMail(email: string): Promise<string> {
  const mail = (await mailsTo(email)).filter((m) => m.kind === "account.password-reset").at(-1);
  const link = unsealLink(mail!.link!);
  expect(link).toMatch(/^https:\/\/portal\.example\.cn\/password-reset\/[A-Za-z0-9_-]{43}$/);
  return link.split("/").at(-1)!;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { status?: number; details?: { field?: string; verdict?: string; reason?: string } }) =>
      `${error.status}:${error.details?.field}:${error.details?.verdict ?? error.details?.reason}`,
  );

async function stored(userId: string) {
  return db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, sessionVersion: true } });
}

describe("asking for a password reset", () => {
  it("answers an unknown and a known address alike, in no less time, and mails only the known one a sealed single-use link", async () => {
    const known = await account();
    const unknownEmail = "nobody-here@example.cn";
    const timed = async (email: string) => {
      const started = Date.now();
      const answer = await requestPasswordReset({ email });
      return { answer, ms: Date.now() - started };
    };
    const [forUnknown, forKnown] = [await timed(unknownEmail), await timed(known.email)];
    expect(forUnknown.answer).toEqual({ email: unknownEmail });
    expect(forKnown.answer).toEqual({ email: known.email });
    for (const { ms } of [forUnknown, forKnown]) expect(ms).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    expect(await mailsTo(unknownEmail)).toHaveLength(0);
    const [mail] = await mailsTo(known.email);
    expect(mail).toMatchObject({ kind: "account.password-reset", userId: known.id, titleZh: "重置您的密码" });
    // The outbox keeps the link sealed: the row is no readable copy of the secret.
    expect(mail!.link).not.toContain("/password-reset/");
    expect(await db.prisma.accountToken.count({ where: { userId: known.id, purpose: "password-reset" } })).toBe(1);
  });

  it("mails nothing to a disabled account or to an invited person who has not yet set a password", async () => {
    const disabled = await account({ disabledAt: new Date() });
    const invited = await account({ activatedAt: null });
    for (const user of [disabled, invited]) {
      expect(await requestPasswordReset({ email: user.email }, { floorMs: 0 })).toEqual({ email: user.email });
      expect(await mailsTo(user.email)).toHaveLength(0);
      expect(await db.prisma.accountToken.count({ where: { userId: user.id } })).toBe(0);
    }
  });
});

describe("setting a new password through the link", () => {
  it("sets the password, ends every open session, audits, and lets the new password (not the old) sign in", async () => {
    const user = await account();
    const before = await stored(user.id);
    const sessions = [await startSession(user.id, before.sessionVersion), await startSession(user.id, before.sessionVersion)];
    expect(await checkSession(sessions[0]!, user, new Date(), DEFAULT_SESSION_POLICY)).toMatchObject({ live: true });
    await requestPasswordReset({ email: user.email }, { floorMs: 0 });

    expect(await resetPassword({ token: await secretFromMail(user.email), password: NEW, passwordConfirm: NEW })).toEqual({ email: user.email });
    const after = await stored(user.id);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    for (const sid of sessions) expect(await checkSession(sid, user, new Date(), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false });
    const ended = await db.prisma.userSession.findMany({ where: { userId: user.id }, select: { endReason: true } });
    expect(ended.map((s) => s.endReason)).toEqual(["password-reset", "password-reset"]);
    const audit = await db.prisma.auditLog.findMany({ where: { action: "account.password-reset", entityId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: user.id, entityType: "user" });
    expect(JSON.stringify(audit[0]!.data)).not.toContain(NEW);
    expect((await mailsTo(user.email)).map((m) => m.kind)).toEqual(["account.password-reset", "account.password-changed"]);

    expect(await authenticate({ email: user.email, password: OLD }, "reset-client")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: user.email, password: NEW }, "reset-client")).toMatchObject({ ok: true, sessionVersion: after.sessionVersion });
  });

  it("refuses a link used twice, expired, replaced, malformed or of another purpose, and writes nothing", async () => {
    const user = await account();
    const now = new Date();
    await requestPasswordReset({ email: user.email }, { floorMs: 0, now });
    const used = await secretFromMail(user.email);
    await resetPassword({ token: used, password: NEW, passwordConfirm: NEW }, now);
    const settled = await stored(user.id);
    const attempt = (token: string, at = now) =>
      refusal(resetPassword({ token, password: "another river lamp sofa", passwordConfirm: "another river lamp sofa" }, at));

    expect(await attempt(used)).toBe("400:token:used");
    await requestPasswordReset({ email: user.email }, { floorMs: 0, now });
    const fresh = await secretFromMail(user.email);
    expect(await attempt(fresh, new Date(now.getTime() + 60 * 60_000 + 1))).toBe("400:token:expired");
    await requestPasswordReset({ email: user.email }, { floorMs: 0, now });
    expect(await attempt(fresh)).toBe("400:token:revoked");
    expect(await attempt("not-a-token")).toBe("400:token:unknown");
    expect(await attempt("A".repeat(43))).toBe("400:token:unknown");
    const verification = await db.prisma.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "email-verification", now }));
    expect(await attempt(verification.secret)).toBe("400:token:unknown");

    expect(await stored(user.id)).toEqual(settled);
    expect(await db.prisma.auditLog.count({ where: { action: "account.password-reset", entityId: user.id } })).toBe(1);
    expect(await db.prisma.accountToken.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
  });

  it("refuses a weak or personal password without spending the link, which then works with a strong one", async () => {
    const user = await account();
    const before = await stored(user.id);
    await requestPasswordReset({ email: user.email }, { floorMs: 0 });
    const secret = await secretFromMail(user.email);
    for (const password of ["password1234", `${user.email}1`]) {
      expect(await refusal(resetPassword({ token: secret, password, passwordConfirm: password }))).toMatch(/^400:password:password-(common|personal|weak)$/);
    }
    expect(await stored(user.id)).toEqual(before);
    expect(await db.prisma.accountToken.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(0);
    await expect(resetPassword({ token: secret, password: NEW, passwordConfirm: NEW })).resolves.toEqual({ email: user.email });
  });

  it("refuses the link of an account disabled after it was sent", async () => {
    const user = await account();
    await requestPasswordReset({ email: user.email }, { floorMs: 0 });
    const secret = await secretFromMail(user.email);
    const before = await stored(user.id);
    await db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await refusal(resetPassword({ token: secret, password: NEW, passwordConfirm: NEW }))).toBe("400:token:revoked");
    expect(await stored(user.id)).toEqual(before);
    expect(await db.prisma.accountToken.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(0);
  });
});

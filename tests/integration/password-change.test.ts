import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { DEFAULT_SESSION_POLICY } from "@/lib/auth/session-policy";
import { checkSession, startSession } from "@/lib/auth/session-store";
import { changePassword } from "@/lib/services/accounts/password-change";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";

/**
 * A signed-in person changes their own password: only with the right current password, only to
 * one that passes the policy, and every session of the account ends; sign-in itself keeps the
 * account's bookkeeping (an invited account not yet activated stays out, the last sign-in is kept).
 */
let db: FreshDatabase;
const OLD = "correct horse battery";
const NEW = "lantern quarry maple drift";
let counter = 0;
const env = { ...process.env };

beforeAll(async () => {
  delete process.env.SMTP_URL;
  db = await freshDatabase();
});
afterAll(async () => {
  process.env = { ...env };
  await db.destroy();
});

async function account(data: { activatedAt?: Date | null } = {}): Promise<Actor> {
  counter += 1;
  const email = `change${counter}@example.gov.cn`;
  const user = await db.prisma.user.create({
    data: { email, name: `王芳${counter}`, role: "municipal", jurisdictionCode: "350100", passwordHash: await hashPassword(OLD), ...data },
  });
  return { id: user.id, email, name: user.name, role: "municipal", jurisdictionCode: "350100", companyId: null };
}

const stored = (id: string) => db.prisma.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true, lastSignInAt: true } });
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: { status?: number; details?: { field?: string; reason?: string } }) => `${error.status}:${error.details?.field}:${error.details?.reason}`,
  );

describe("changing one's password", () => {
  it("refuses a wrong current password on that field and writes nothing", async () => {
    const actor = await account();
    const before = await stored(actor.id);
    expect(await refusal(changePassword(actor, { currentPassword: "not my password", password: NEW, passwordConfirm: NEW }))).toBe(
      "400:currentPassword:current-password",
    );
    expect(await stored(actor.id)).toEqual(before);
    expect(await db.prisma.auditLog.count({ where: { entityId: actor.id } })).toBe(0);
  });

  it("stops accepting guesses of the current password after five wrong ones", async () => {
    const actor = await account();
    for (let i = 0; i < 5; i++) await refusal(changePassword(actor, { currentPassword: `guess ${i}`, password: NEW, passwordConfirm: NEW }));
    expect(await refusal(changePassword(actor, { currentPassword: OLD, password: NEW, passwordConfirm: NEW }))).toBe("400:currentPassword:throttled");
    expect(await verifyPassword((await stored(actor.id)).passwordHash, OLD)).toBe(true);
  });

  it("refuses a weak, personal or unchanged new password and writes nothing", async () => {
    const actor = await account();
    const before = await stored(actor.id);
    for (const password of ["password1234", `${actor.email}`, OLD]) {
      expect(await refusal(changePassword(actor, { currentPassword: OLD, password, passwordConfirm: password }))).toMatch(/^400:password:/);
    }
    expect(await stored(actor.id)).toEqual(before);
  });

  it("sets the new password, ends every session of the account (this one too), audits and tells the owner by email", async () => {
    const actor = await account();
    const before = await stored(actor.id);
    const sessions = [await startSession(actor.id, before.sessionVersion), await startSession(actor.id, before.sessionVersion)];
    expect(await changePassword(actor, { currentPassword: OLD, password: NEW, passwordConfirm: NEW })).toEqual({ signedOut: true });
    const after = await stored(actor.id);
    expect(await verifyPassword(after.passwordHash, NEW)).toBe(true);
    for (const sid of sessions) expect(await checkSession(sid, actor, new Date(), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false });
    expect(await db.prisma.auditLog.count({ where: { action: "account.password-change", entityId: actor.id, actorId: actor.id } })).toBe(1);
    expect(await db.prisma.outbox.count({ where: { recipient: actor.email, kind: "account.password-changed" } })).toBe(1);
    expect(await authenticate({ email: actor.email, password: NEW }, "change-client")).toMatchObject({ ok: true });
  });
});

describe("sign-in bookkeeping", () => {
  it("keeps an invited account that has not set its password out, with the answer of a wrong password", async () => {
    const invited = await account({ activatedAt: null });
    expect(await authenticate({ email: invited.email, password: OLD }, "bookkeeping-client")).toEqual({ ok: false, reason: "invalid" });
    expect((await stored(invited.id)).lastSignInAt).toBeNull();
  });

  it("records the time of the last successful sign-in, and not of a failed one", async () => {
    const actor = await account();
    expect((await stored(actor.id)).lastSignInAt).toBeNull();
    await authenticate({ email: actor.email, password: "wrong password" }, "bookkeeping-client-2");
    expect((await stored(actor.id)).lastSignInAt).toBeNull();
    const before = Date.now();
    expect(await authenticate({ email: actor.email, password: OLD }, "bookkeeping-client-2")).toMatchObject({ ok: true });
    const at = (await stored(actor.id)).lastSignInAt;
    expect(at!.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(at!.getTime()).toBeLessThanOrEqual(Date.now() + 5);
  });
});

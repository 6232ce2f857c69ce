import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/auth-options";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/roles";
import { DEFAULT_SESSION_POLICY } from "@/lib/auth/session-policy";
import { checkSession, endSession, endSessionsOf, startSession } from "@/lib/auth/session-store";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";

/**
 * Server-side sessions (docs/decisions/011) against the real database: every read of a session
 * checks its row and its account, with the clock passed in.
 */
let db: FreshDatabase;
let official: Actor;
let colleague: Actor;
const t0 = new Date("2026-12-03T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeAll(async () => {
  db = await freshDatabase();
  await db.prisma.region.createMany({
    data: [
      { code: "350000", nameZh: "福建省", nameEn: "Fujian", level: "province" },
      { code: "350100", nameZh: "福州市", nameEn: "Fuzhou", level: "city", parentCode: "350000" },
    ],
  });
  const passwordHash = await hashPassword("correct horse");
  const select = { id: true, email: true, name: true, role: true, jurisdictionCode: true, companyId: true } as const;
  official = await db.prisma.user.create({
    data: { email: "official@example.gov.cn", name: "王芳", role: "municipal", jurisdictionCode: "350100", passwordHash },
    select,
  });
  colleague = await db.prisma.user.create({
    data: { email: "colleague@example.gov.cn", name: "陈晨", role: "municipal", jurisdictionCode: "350100", passwordHash },
    select,
  });
});
afterAll(async () => db.destroy());

async function version(userId: string) {
  return (await db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}
const open = async (actor: Actor, when = t0) => startSession(actor.id, await version(actor.id), when);

describe("a session checked on every request", () => {
  it("is live while used, and records activity at most once a minute", async () => {
    const sid = await open(official);
    expect(await checkSession(sid, official, at(0.5), DEFAULT_SESSION_POLICY)).toEqual({ live: true, touch: false, enrolTwoFactor: false });
    expect(await checkSession(sid, official, at(20), DEFAULT_SESSION_POLICY)).toEqual({ live: true, touch: true, enrolTwoFactor: false });
    expect((await db.prisma.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(at(20));
    // 20 + 29 minutes: idle less than 30 since the last recorded activity.
    expect(await checkSession(sid, official, at(49), DEFAULT_SESSION_POLICY)).toMatchObject({ live: true });
  });

  it("ends after 30 idle minutes for an official, and stays ended", async () => {
    const sid = await open(official);
    expect(await checkSession(sid, official, at(30), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false, reason: "idle" });
    expect(await db.prisma.userSession.findUniqueOrThrow({ where: { id: sid }, select: { endedAt: true, endReason: true } })).toEqual({
      endedAt: at(30),
      endReason: "idle",
    });
    expect(await checkSession(sid, official, at(30.1), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false, reason: "ended" });
  });

  it("ends 12 hours after sign-in however active it was", async () => {
    const sid = await open(official);
    for (let minute = 25; minute < 12 * 60; minute += 25)
      expect(await checkSession(sid, official, at(minute), DEFAULT_SESSION_POLICY)).toMatchObject({ live: true });
    expect(await checkSession(sid, official, at(12 * 60), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false, reason: "expired" });
  });

  it("ends on sign-out", async () => {
    const sid = await open(official);
    await endSession(sid, "sign-out", at(1));
    expect(await checkSession(sid, official, at(2), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false, reason: "ended" });
  });

  it("endSessionsOf ends every session of that account (and only that account), including one signed in with the old version", async () => {
    const [first, second, other] = [await open(official), await open(official), await open(colleague)];
    const startedBefore = await version(official.id);
    const ended = await db.prisma.$transaction((tx) => endSessionsOf(tx, official.id, "password-change", at(1)));
    expect(ended).toBeGreaterThanOrEqual(2);
    for (const sid of [first, second]) expect(await checkSession(sid, official, at(2), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false });
    expect(await checkSession(other, colleague, at(2), DEFAULT_SESSION_POLICY)).toMatchObject({ live: true });
    // A sign-in that read the version just before the change and opens its session just after.
    const late = await startSession(official.id, startedBefore, at(1));
    expect(await checkSession(late, official, at(2), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false, reason: "revoked" });
    expect(await checkSession(await open(official, at(2)), official, at(3), DEFAULT_SESSION_POLICY)).toMatchObject({ live: true });
  });

  it("ends when the account is disabled or its jurisdiction changes, even if nobody called endSessionsOf", async () => {
    const sid = await open(colleague);
    await db.prisma.user.update({ where: { id: colleague.id }, data: { jurisdictionCode: "350000", role: "provincial" } });
    expect(await checkSession(sid, colleague, at(1), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false, reason: "account-changed" });
    const moved = { ...colleague, role: "provincial" as const, jurisdictionCode: "350000" };
    const next = await open(moved);
    await db.prisma.user.update({ where: { id: colleague.id }, data: { disabledAt: at(1) } });
    expect(await checkSession(next, moved, at(2), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false, reason: "disabled" });
  });

  it("an id that is no session, or not even an id, is not signed in", async () => {
    expect(await checkSession("00000000-0000-4000-8000-000000000000", official, at(1), DEFAULT_SESSION_POLICY)).toMatchObject({
      live: false,
      reason: "unknown",
    });
    expect(await checkSession("'; DROP TABLE user_session; --", official, at(1), DEFAULT_SESSION_POLICY)).toMatchObject({ live: false, reason: "unknown" });
  });
});

describe("next-auth's jwt callback", () => {
  const jwt = (token: JWT) => authOptions.callbacks!.jwt!({ token } as Parameters<NonNullable<NonNullable<typeof authOptions.callbacks>["jwt"]>>[0]);

  it("keeps a live session's actor and drops an ended one's, so the session carries no one", async () => {
    const sid = await open(official, new Date());
    const token: JWT = { actor: official, sid };
    expect(await jwt(token)).toMatchObject({ actor: { id: official.id }, sid });
    await db.prisma.$transaction((tx) => endSessionsOf(tx, official.id, "administrator"));
    expect(await jwt(token)).toEqual({});
  });

  it("drops a token that has no server-side session (one issued before sessions had one)", async () => {
    expect(await jwt({ actor: official })).toEqual({});
  });

  it("sign-out ends the session on the server", async () => {
    const sid = await open(official, new Date());
    await authOptions.events!.signOut!({ token: { actor: official, sid }, session: undefined as never });
    expect(await db.prisma.userSession.findUniqueOrThrow({ where: { id: sid }, select: { endReason: true } })).toEqual({ endReason: "sign-out" });
    expect(await jwt({ actor: official, sid })).toEqual({});
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { acceptInvitationAction } from "@/lib/actions/account/accept-invitation";
import { changeAccountAction } from "@/lib/actions/users/change-account";
import { inviteAccountAction } from "@/lib/actions/users/invite-account";
import { authenticate } from "@/lib/auth/authenticate";
import type { Actor } from "@/lib/auth/roles";
import { checkSession, startSession } from "@/lib/auth/session-store";
import { DomainError } from "@/lib/errors/domain-error";
import { unsealLink } from "@/lib/outbox/sealed-link";
import { acceptInvitation, invitationFor } from "@/lib/services/accounts/accept-invitation";
import { changeAccount, disableAccount, enableAccount, inviteAccount, resendInvitation, revokeInvitation } from "@/lib/services/accounts/account-admin";
import { accountDetail, listAccounts } from "@/lib/services/accounts/list-accounts";
import { actAs } from "./support/acting-as";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, FUJIAN, FUZHOU, SHANXI, TAIYUAN, XIAMEN, seedRegions } from "./support/fixtures";
import { rowCounts } from "./support/row-counts";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));
vi.mock("next-intl/server", () => import("./support/outside-request"));
vi.mock("next/cache", () => import("./support/outside-next-cache"));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7" }) }));

/**
 * Account administration (issue 13; docs/decisions/023): who invites whom, the invitation's
 * single-use link, and what changing, disabling and enabling an account does to its sessions.
 */
let db: FreshDatabase;
let national: Actor;
let fujianAdmin: Actor;
let shanxiAdmin: Actor;
const now = new Date("2026-06-01T08:00:00Z");
const STRONG = "amber-kettle-violin-harbour";

const env = { ...process.env };

beforeAll(async () => {
  // Invitation links are sealed in the outbox under the portal's secret.
  process.env.NEXTAUTH_SECRET = "accounts-admin-test-secret-0123456789";
  db = await freshDatabase();
  await seedRegions(db);
  national = await createActor(db, "administrator", null);
  fujianAdmin = await createActor(db, "administrator", FUJIAN);
  shanxiAdmin = await createActor(db, "administrator", SHANXI);
});
afterAll(async () => {
  process.env = { ...env };
  await db.destroy();
});

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** The secret of the newest invitation emailed to an address, as the person would read it from the link. */
async function invitationSecret(email: string): Promise<string> {
  const row = await db.prisma.outbox.findFirstOrThrow({ where: { recipient: email, kind: "account.invitation" }, orderBy: { createdAt: "desc" } });
  expect(row.link).toMatch(/^sealed:v1:/);
  const link = unsealLink(row.link!);
  expect(link).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);
  return link.split("/").pop()!;
}

let counter = 0;
const address = (label: string) => `${label}.${++counter}@bureau.gov.cn`;

describe("who invites whom", () => {
  it("the national administrator invites ministry officials, national experts and a province's administrator", async () => {
    for (const [role, jurisdictionCode] of [
      ["ministry", null],
      ["expert", null],
      ["administrator", FUJIAN],
    ] as const) {
      const receipt = await inviteAccount(national, { email: address(role), name: "张敏", role, jurisdictionCode }, now);
      expect(receipt.expiresAt.getTime() - now.getTime()).toBe(72 * 3_600_000);
      const user = await db.prisma.user.findUniqueOrThrow({ where: { id: receipt.userId } });
      expect(user).toMatchObject({ role, jurisdictionCode, activatedAt: null, disabledAt: null });
    }
  });

  it("a provincial administrator invites its own province's officials and experts, never another province's", async () => {
    await inviteAccount(fujianAdmin, { email: address("fuzhou"), name: "林涛", role: "municipal", jurisdictionCode: FUZHOU }, now);
    await inviteAccount(fujianAdmin, { email: address("fujian"), name: "陈静", role: "provincial", jurisdictionCode: FUJIAN }, now);
    await inviteAccount(fujianAdmin, { email: address("expert"), name: "黄磊", role: "expert", jurisdictionCode: FUJIAN }, now);
    const before = await rowCounts(db);
    const other = await refusal(inviteAccount(fujianAdmin, { email: address("taiyuan"), name: "王强", role: "municipal", jurisdictionCode: TAIYUAN }, now));
    expect(other.details.field).toBe("jurisdictionCode");
    const ministry = await refusal(inviteAccount(fujianAdmin, { email: address("miit"), name: "王强", role: "ministry", jurisdictionCode: null }, now));
    expect(ministry.status).toBe(403);
    const admin = await refusal(inviteAccount(fujianAdmin, { email: address("admin"), name: "王强", role: "administrator", jurisdictionCode: FUJIAN }, now));
    expect(admin.status).toBe(403);
    // A municipal official needs a city, a provincial one its province: the level is checked.
    const level = await refusal(inviteAccount(fujianAdmin, { email: address("fz"), name: "王强", role: "municipal", jurisdictionCode: FUJIAN }, now));
    expect(level.details.field).toBe("jurisdictionCode");
    expect(await rowCounts(db)).toEqual(before);
  });

  it("the national administrator does not manage a province's officials; officials and companies manage no one", async () => {
    const cityByNational = await refusal(inviteAccount(national, { email: address("x"), name: "王强", role: "municipal", jurisdictionCode: FUZHOU }, now));
    expect(cityByNational.status).toBe(403);
    const official = await createActor(db, "provincial", FUJIAN);
    expect((await refusal(inviteAccount(official, { email: address("y"), name: "王强", role: "municipal", jurisdictionCode: FUZHOU }, now))).status).toBe(403);
    actAs(official);
    const gated = await inviteAccountAction({ email: address("z"), name: "王强", role: "municipal", jurisdictionCode: FUZHOU });
    expect(gated).toMatchObject({ ok: false, status: 403 });
  });

  it("an address that already has an account is refused beside the email field, with nothing written", async () => {
    const email = address("taken");
    await inviteAccount(fujianAdmin, { email, name: "林涛", role: "municipal", jurisdictionCode: XIAMEN }, now);
    const before = await rowCounts(db);
    const taken = await refusal(inviteAccount(national, { email, name: "林涛", role: "expert", jurisdictionCode: null }, now));
    expect(taken).toMatchObject({ status: 409, details: { field: "email" } });
    expect(await rowCounts(db)).toEqual(before);
  });

  it("bad input is refused by the action's schema with field errors and no write", async () => {
    actAs(fujianAdmin);
    const before = await rowCounts(db);
    const result = await inviteAccountAction({ email: "not-an-email", name: "", role: "company", jurisdictionCode: "35" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "jurisdictionCode", "name", "role"]);
    expect(await rowCounts(db)).toEqual(before);
  });
});

describe("the invitation link", () => {
  it("sets the password once, activates the account, and the person signs in with it", async () => {
    const email = address("accept");
    await inviteAccount(fujianAdmin, { email, name: "林涛", role: "municipal", jurisdictionCode: FUZHOU }, now);
    const secret = await invitationSecret(email);
    expect(await invitationFor(secret, now)).toMatchObject({ verdict: "valid", email, role: "municipal", jurisdictionCode: FUZHOU });
    // Before it is accepted the account has no password to sign in with.
    expect(await authenticate({ email, password: STRONG }, "test-accept-1")).toMatchObject({ ok: false });

    const weak = await refusal(acceptInvitation({ token: secret, password: "password1234", confirm: "password1234" }, now));
    expect(weak.details.field).toBe("password");
    // A refused password leaves the link usable.
    expect((await invitationFor(secret, now)).verdict).toBe("valid");

    await acceptInvitation({ token: secret, password: STRONG, confirm: STRONG }, now);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.activatedAt).not.toBeNull();
    expect(await authenticate({ email, password: STRONG }, "test-accept-2")).toMatchObject({
      ok: true,
      actor: { role: "municipal", jurisdictionCode: FUZHOU },
    });

    const reused = await refusal(acceptInvitation({ token: secret, password: STRONG, confirm: STRONG }, now));
    expect(reused.details).toMatchObject({ field: "token", verdict: "used" });
    expect((await invitationFor(secret, now)).verdict).toBe("used");
  });

  it("an expired, malformed, resent-over or revoked link is refused with its own reason and writes nothing", async () => {
    const email = address("links");
    const { userId } = await inviteAccount(fujianAdmin, { email, name: "林涛", role: "municipal", jurisdictionCode: FUZHOU }, now);
    const first = await invitationSecret(email);
    const expired = await refusal(acceptInvitation({ token: first, password: STRONG, confirm: STRONG }, new Date(now.getTime() + 73 * 3_600_000)));
    expect(expired.details.verdict).toBe("expired");

    await resendInvitation(fujianAdmin, { userId }, now);
    const second = await invitationSecret(email);
    expect(second).not.toBe(first);
    expect((await refusal(acceptInvitation({ token: first, password: STRONG, confirm: STRONG }, now))).details.verdict).toBe("revoked");

    for (const token of ["", "short", "x".repeat(43), `${second.slice(0, 42)}!`]) {
      const before = await rowCounts(db);
      expect((await refusal(acceptInvitation({ token, password: STRONG, confirm: STRONG }, now))).details.verdict).toBe("unknown");
      expect(await rowCounts(db)).toEqual(before);
    }

    await revokeInvitation(fujianAdmin, { userId }, now);
    expect((await refusal(acceptInvitation({ token: second, password: STRONG, confirm: STRONG }, now))).details.verdict).toBe("revoked");
    expect((await accountDetail(fujianAdmin, userId)).state).toBe("disabled");
  });

  it("the public action refuses a mismatched repeat beside its field, without spending the link", async () => {
    const email = address("action");
    await inviteAccount(national, { email, name: "周宁", role: "expert", jurisdictionCode: null }, now);
    const secret = await invitationSecret(email);
    actAs(null);
    const result = await acceptInvitationAction({ token: secret, password: STRONG, confirm: `${STRONG}x` });
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { confirm: ["mismatch"] } });
    expect((await invitationFor(secret, now)).verdict).toBe("valid");
  });

  it("a withdrawn invitation can be sent again to the same address, with a new role", async () => {
    const email = address("again");
    const { userId } = await inviteAccount(fujianAdmin, { email, name: "林涛", role: "municipal", jurisdictionCode: FUZHOU }, now);
    await revokeInvitation(fujianAdmin, { userId }, now);
    const again = await inviteAccount(fujianAdmin, { email, name: "林涛", role: "provincial", jurisdictionCode: FUJIAN }, now);
    expect(again.userId).toBe(userId);
    expect(await accountDetail(fujianAdmin, userId)).toMatchObject({ state: "invited", role: "provincial" });
  });
});

describe("changing, disabling and enabling an account", () => {
  async function activeAccount(admin: Actor, role: "municipal" | "provincial" | "expert", jurisdictionCode: string | null) {
    const email = address("active");
    const { userId } = await inviteAccount(admin, { email, name: "林涛", role, jurisdictionCode }, now);
    await acceptInvitation({ token: await invitationSecret(email), password: STRONG, confirm: STRONG }, now);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const sessionId = await startSession(userId, user.sessionVersion, now);
    // The role and jurisdiction the session was signed in with, as the session cookie carries them.
    const signedInAs = { role, jurisdictionCode, companyId: null };
    return { userId, email, sessionId, signedInAs };
  }

  it("a change of jurisdiction ends the person's sessions and is audited before → after", async () => {
    const { userId, sessionId, signedInAs } = await activeAccount(fujianAdmin, "municipal", FUZHOU);
    expect(await checkSession(sessionId, signedInAs, now)).toMatchObject({ live: true });
    await changeAccount(fujianAdmin, { userId, role: "municipal", jurisdictionCode: XIAMEN }, now);
    expect(await checkSession(sessionId, signedInAs, now)).toMatchObject({ live: false });
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: userId, action: "account.change" } });
    expect(entry.data).toEqual({ before: { role: "municipal", jurisdictionCode: FUZHOU }, after: { role: "municipal", jurisdictionCode: XIAMEN } });
    expect(entry.actorId).toBe(fujianAdmin.id);
  });

  it("disabling ends sessions and refuses sign-in; enabling lets the person sign in again", async () => {
    const { userId, email, sessionId, signedInAs } = await activeAccount(fujianAdmin, "provincial", FUJIAN);
    await disableAccount(fujianAdmin, { userId }, now);
    expect(await checkSession(sessionId, signedInAs, now)).toMatchObject({ live: false });
    expect(await authenticate({ email, password: STRONG }, "test-disable-1")).toMatchObject({ ok: false });
    expect((await refusal(disableAccount(fujianAdmin, { userId }, now))).status).toBe(409);
    await enableAccount(fujianAdmin, { userId }, now);
    expect(await authenticate({ email, password: STRONG }, "test-disable-2")).toMatchObject({ ok: true });
    const actions = (await accountDetail(fujianAdmin, userId)).history.map((h) => h.action);
    expect(actions).toEqual(["account.enable", "account.disable", "account.activate", "account.invite"]);
  });

  it("another province's administrator gets 404 for the account and cannot move it into their province", async () => {
    const { userId } = await activeAccount(fujianAdmin, "expert", FUJIAN);
    const before = await rowCounts(db);
    expect((await refusal(accountDetail(shanxiAdmin, userId))).status).toBe(404);
    expect((await refusal(disableAccount(shanxiAdmin, { userId }, now))).status).toBe(404);
    expect((await refusal(changeAccount(shanxiAdmin, { userId, role: "expert", jurisdictionCode: SHANXI }, now))).status).toBe(404);
    // Nor can the account's own administrator send it out of the province.
    expect((await refusal(changeAccount(fujianAdmin, { userId, role: "municipal", jurisdictionCode: TAIYUAN }, now))).details.field).toBe("jurisdictionCode");
    actAs(shanxiAdmin);
    expect(await changeAccountAction({ userId, role: "expert", jurisdictionCode: SHANXI })).toMatchObject({ ok: false, status: 404 });
    expect(await rowCounts(db)).toEqual(before);
  });
});

describe("the list", () => {
  it("shows each administrator only the accounts they manage, with search, filters and pages", async () => {
    const fujian = await listAccounts(fujianAdmin, { page: 1 });
    expect(fujian.rows.length).toBeGreaterThan(0);
    for (const row of fujian.rows) expect(row.jurisdictionCode?.slice(0, 2)).toBe("35");
    expect(fujian.rows.some((row) => row.role === "administrator")).toBe(false);

    const shanxi = await listAccounts(shanxiAdmin, { page: 1 });
    expect(shanxi.total).toBe(0);

    const nationalList = await listAccounts(national, { page: 1 });
    expect(new Set(nationalList.rows.map((row) => row.role))).toEqual(new Set(["ministry", "expert", "administrator"]));
    expect(nationalList.rows.some((row) => row.role === "expert" && row.jurisdictionCode !== null)).toBe(false);

    const invited = await listAccounts(fujianAdmin, { page: 1, state: "invited", role: "municipal" });
    for (const row of invited.rows) expect(row).toMatchObject({ state: "invited", role: "municipal" });
    const byName = await listAccounts(fujianAdmin, { page: 1, q: "黄磊" });
    expect(byName.rows.map((row) => row.name)).toEqual(["黄磊"]);
    const xiamen = await listAccounts(fujianAdmin, { page: 1, jurisdiction: XIAMEN });
    for (const row of xiamen.rows) expect(row.jurisdictionCode).toBe(XIAMEN);
  });
});

describe("the first national administrator", () => {
  it("is invited by the operator's command with the same single-use link, and refused for an address with an account", async () => {
    const { inviteNationalAdministrator } = await import("@/lib/services/accounts/first-administrator");
    const email = address("first");
    const { userId, secret } = await inviteNationalAdministrator({ email, name: "张三" }, now);
    await acceptInvitation({ token: secret, password: STRONG, confirm: STRONG }, now);
    expect(await authenticate({ email, password: STRONG }, "test-first")).toMatchObject({
      ok: true,
      actor: { id: userId, role: "administrator", jurisdictionCode: null },
    });
    expect((await refusal(inviteNationalAdministrator({ email, name: "张三" }, now))).status).toBe(409);
  });
});

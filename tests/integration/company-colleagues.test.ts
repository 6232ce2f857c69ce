import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inviteColleagueAction } from "@/lib/actions/company/invite-colleague";
import { authenticate } from "@/lib/auth/authenticate";
import type { Actor } from "@/lib/auth/roles";
import { checkSession, startSession } from "@/lib/auth/session-store";
import { buildCreditCode } from "@/lib/company/credit-code";
import { DomainError } from "@/lib/errors/domain-error";
import { unsealLink } from "@/lib/outbox/sealed-link";
import { acceptInvitation, invitationFor } from "@/lib/services/accounts/accept-invitation";
import { handOverAdministrator, inviteColleague, removeColleague } from "@/lib/services/company-users/colleagues";
import { listColleagues } from "@/lib/services/company-users/list-colleagues";
import { registerCompany } from "@/lib/services/signup/register-company";
import { actAs } from "./support/acting-as";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";
import { rowCounts } from "./support/row-counts";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));
vi.mock("next-intl/server", () => import("./support/outside-request"));
vi.mock("next/cache", () => import("./support/outside-next-cache"));

/**
 * A firm's own users (issue 13; docs/decisions/028): the person who signs the firm up is its
 * administrator, invites colleagues by email, removes them and hands the role over; no one else
 * of the firm, and no one of another firm, can.
 */
let db: FreshDatabase;
let serial = 0;
const now = new Date("2026-06-01T08:00:00Z");
const STRONG = "amber-kettle-violin-harbour";
const env = { ...process.env };

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "company-colleagues-test-secret-0123456789";
  db = await freshDatabase();
  await seedRegions(db);
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

/** A firm signed up through the portal; its first user as an actor. */
async function signedUpFirm(): Promise<Actor> {
  serial += 1;
  const created = await registerCompany({
    creditCode: buildCreditCode("91", FUZHOU, `CL${String(serial).padStart(7, "0")}`),
    companyName: `福州同事测试${serial}有限公司`,
    provinceCode: FUJIAN,
    cityCode: FUZHOU,
    countyCode: "",
    industryCode: "C34",
    contactName: "王芳",
    contactEmail: `founder${serial}@example.cn`,
    contactPhone: "13800138000",
    password: STRONG,
    passwordConfirm: STRONG,
  });
  return { id: created.userId!, email: created.email, name: "王芳", role: "company", jurisdictionCode: null, companyId: created.companyId! };
}

async function invitationSecret(email: string): Promise<string> {
  const row = await db.prisma.outbox.findFirstOrThrow({ where: { recipient: email, kind: "account.invitation" }, orderBy: { createdAt: "desc" } });
  return unsealLink(row.link!).split("/").pop()!;
}

/** Invites a colleague and has them set a password through the link; returns them as an actor. */
async function activeColleague(administrator: Actor, label: string): Promise<Actor> {
  const email = `${label}${++serial}@example.cn`;
  const { userId } = await inviteColleague(administrator, { name: "李强", email }, now);
  await acceptInvitation({ token: await invitationSecret(email), password: STRONG, confirm: STRONG }, now);
  return { id: userId, email, name: "李强", role: "company", jurisdictionCode: null, companyId: administrator.companyId };
}

describe("the firm's administrator", () => {
  it("is the person who signed the firm up", async () => {
    const founder = await signedUpFirm();
    const list = await listColleagues(founder);
    expect(list.callerIsAdministrator).toBe(true);
    expect(list.rows).toEqual([expect.objectContaining({ id: founder.id, administrator: true, state: "active" })]);
  });

  it("invites a colleague by email, who sets a password through the link and signs in as the firm", async () => {
    const founder = await signedUpFirm();
    const email = `invitee${++serial}@example.cn`;
    const receipt = await inviteColleague(founder, { name: "李强", email }, now);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: receipt.userId } });
    expect(user).toMatchObject({ companyId: founder.companyId, role: "company", activatedAt: null, companyAdministrator: false });
    const mail = await db.prisma.outbox.findFirstOrThrow({ where: { recipient: email, kind: "account.invitation" } });
    expect(mail.titleZh).toContain("福州同事测试");
    const secret = await invitationSecret(email);
    expect(await invitationFor(secret, now)).toMatchObject({ verdict: "valid", role: "company", companyName: expect.stringContaining("福州同事测试") });
    expect(await authenticate({ email, password: STRONG }, "colleague-1")).toMatchObject({ ok: false });
    await acceptInvitation({ token: secret, password: STRONG, confirm: STRONG }, now);
    expect(await authenticate({ email, password: STRONG }, "colleague-2")).toMatchObject({ ok: true, actor: { companyId: founder.companyId } });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: founder.companyId!, action: "company.colleague-invite" } });
    expect(audit).toMatchObject({ actorId: founder.id, toStatus: "invited" });
    expect((await listColleagues(founder)).rows.map((r) => [r.name, r.state, r.administrator])).toEqual([
      ["王芳", "active", true],
      ["李强", "active", false],
    ]);
  });

  it("an address that already has an account is refused on its field, and nothing is written", async () => {
    const founder = await signedUpFirm();
    const before = await rowCounts(db);
    const error = await refusal(inviteColleague(founder, { name: "李强", email: founder.email }, now));
    expect(error).toMatchObject({ status: 409, details: { field: "email" } });
    expect(await rowCounts(db)).toEqual(before);
  });

  it("bad input to the action is a field error and writes nothing", async () => {
    const founder = await signedUpFirm();
    const before = await rowCounts(db);
    actAs(founder);
    const result = await inviteColleagueAction({ name: "", email: "not-an-email" });
    actAs(null);
    expect(result).toMatchObject({ ok: false, status: 400, fieldErrors: { name: ["required"], email: ["email"] } });
    expect(await rowCounts(db)).toEqual(before);
  });

  it("removes a colleague: their session ends, they cannot sign in, and inviting them again brings them back", async () => {
    const founder = await signedUpFirm();
    const colleague = await activeColleague(founder, "removed");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: colleague.id } });
    const sessionId = await startSession(colleague.id, user.sessionVersion, now);
    await removeColleague(founder, { userId: colleague.id }, now);
    expect(await checkSession(sessionId, colleague, now)).toMatchObject({ live: false });
    expect(await authenticate({ email: colleague.email, password: STRONG }, "removed-1")).toMatchObject({ ok: false });
    expect((await refusal(removeColleague(founder, { userId: colleague.id }, now))).status).toBe(409);
    await inviteColleague(founder, { name: "李强", email: colleague.email }, now);
    await acceptInvitation(
      { token: await invitationSecret(colleague.email), password: "otter-lantern-meadow-copper", confirm: "otter-lantern-meadow-copper" },
      now,
    );
    expect(await authenticate({ email: colleague.email, password: "otter-lantern-meadow-copper" }, "removed-2")).toMatchObject({ ok: true });
  });

  it("cannot remove themselves", async () => {
    const founder = await signedUpFirm();
    expect((await refusal(removeColleague(founder, { userId: founder.id }, now))).status).toBe(409);
  });

  it("hands the role over: the colleague becomes administrator and is told, the former one can no longer invite", async () => {
    const founder = await signedUpFirm();
    const colleague = await activeColleague(founder, "successor");
    await handOverAdministrator(founder, { userId: colleague.id }, now);
    const flags = await db.prisma.user.findMany({ where: { companyId: founder.companyId }, select: { id: true, companyAdministrator: true } });
    expect(flags.filter((f) => f.companyAdministrator).map((f) => f.id)).toEqual([colleague.id]);
    expect(await db.prisma.notification.count({ where: { userId: colleague.id, kind: "company.administrator" } })).toBe(1);
    expect((await refusal(inviteColleague(founder, { name: "赵六", email: `late${++serial}@example.cn` }, now))).status).toBe(403);
    expect((await listColleagues(founder)).callerIsAdministrator).toBe(false);
    expect((await listColleagues(colleague)).callerIsAdministrator).toBe(true);
    await expect(inviteColleague(colleague, { name: "赵六", email: `next${++serial}@example.cn` }, now)).resolves.toHaveProperty("userId");
  });

  it("hands over only to an active colleague of the firm", async () => {
    const founder = await signedUpFirm();
    const { userId: invited } = await inviteColleague(founder, { name: "赵六", email: `pending${++serial}@example.cn` }, now);
    expect((await refusal(handOverAdministrator(founder, { userId: invited }, now))).status).toBe(409);
    const other = await signedUpFirm();
    expect((await refusal(handOverAdministrator(founder, { userId: other.id }, now))).status).toBe(404);
  });

  it("the database keeps one administrator per firm", async () => {
    const founder = await signedUpFirm();
    const colleague = await activeColleague(founder, "second");
    await expect(db.prisma.user.update({ where: { id: colleague.id }, data: { companyAdministrator: true } })).rejects.toThrow();
  });
});

describe("everyone else", () => {
  it("a colleague who is not the administrator sees the list and who to ask, and cannot invite, remove or hand over", async () => {
    const founder = await signedUpFirm();
    const colleague = await activeColleague(founder, "plain");
    const list = await listColleagues(colleague);
    expect(list).toMatchObject({ callerIsAdministrator: false, administratorName: "王芳", total: 2 });
    const before = await rowCounts(db);
    expect((await refusal(inviteColleague(colleague, { name: "赵六", email: `x${++serial}@example.cn` }, now))).status).toBe(403);
    expect((await refusal(removeColleague(colleague, { userId: founder.id }, now))).status).toBe(403);
    expect((await refusal(handOverAdministrator(colleague, { userId: colleague.id }, now))).status).toBe(403);
    expect(await rowCounts(db)).toEqual(before);
  });

  it("another firm's administrator gets 404 for this firm's colleague", async () => {
    const founder = await signedUpFirm();
    const colleague = await activeColleague(founder, "theirs");
    const other = await signedUpFirm();
    expect((await refusal(removeColleague(other, { userId: colleague.id }, now))).status).toBe(404);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: colleague.id }, select: { disabledAt: true } })).toEqual({ disabledAt: null });
  });

  it("an official holds no colleague permission at all", async () => {
    const official = await createActor(db, "municipal", FUZHOU);
    expect((await refusal(listColleagues(official))).status).toBe(403);
    expect((await refusal(inviteColleague(official, { name: "x", email: "x@example.cn" }, now))).status).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { createCallAction } from "@/lib/actions/calls/create-call";
import { editCallAction } from "@/lib/actions/calls/edit-call";
import type { CreateCallInput } from "@/lib/domain/calls/call-input";
import { DomainError } from "@/lib/errors/domain-error";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { callDetail } from "@/lib/services/calls/call-detail";
import { listCalls } from "@/lib/services/calls/list-calls";
import { closeCall, createCall, editCall, extendCall, openCallEarly } from "@/lib/services/calls/manage-call";
import { actAs } from "./support/acting-as";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, FUJIAN, FUZHOU, SHANXI, seedRegions } from "./support/fixtures";
import { rowCounts } from "./support/row-counts";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));
vi.mock("next-intl/server", () => import("./support/outside-request"));
vi.mock("next/cache", () => import("./support/outside-next-cache"));

let db: FreshDatabase;
let ids: Map<string, string>;
let national: Actor;
let fujianAdmin: Actor;
let shanxiAdmin: Actor;
// 2026-06-01, 16:00 in Beijing.
const now = new Date("2026-06-01T08:00:00Z");
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  ids = await seedRuleSets(db.prisma, now);
  national = await createActor(db, "administrator", null);
  fujianAdmin = await createActor(db, "administrator", FUJIAN);
  shanxiAdmin = await createActor(db, "administrator", SHANXI);
});
afterAll(async () => db.destroy());

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const fieldsOf = (error: DomainError) => Object.keys((error.details.fieldErrors ?? {}) as Record<string, unknown>);

const fujianCall = (change: Partial<CreateCallInput> = {}): CreateCallInput => ({
  tier: "innovative",
  year: 2027,
  regionCode: FUJIAN,
  nameZh: "福建省2027年创新型中小企业评价",
  nameEn: "Fujian 2027 innovative SME evaluation",
  opensOn: "2026-07-01",
  closesOn: "2026-09-30",
  ruleSetId: ids.get("innovative-2026")!,
  noticeWorkingDays: 5,
  validityYears: 3,
  annualDataDeadline: "04-30",
  cooloffYears: 3,
  municipalReviewDays: 15,
  provincialReviewDays: 20,
  ministryReviewDays: null,
  expertReviewDays: null,
  ...change,
});

const auditOf = (entityId: string) =>
  db.prisma.auditLog.findMany({
    where: { entityId },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, fromStatus: true, toStatus: true, data: true },
  });

describe("creating a call", () => {
  it("a provincial administrator opens their province's call: a generated code, the rule set's code, an audit entry", async () => {
    const call = await createCall(fujianAdmin, fujianCall(), now);
    expect(call).toMatchObject({ code: "innovative-350000-2027", state: "scheduled", ruleSetCode: "innovative-2026", municipalReviewDays: 15 });
    const stored = await db.prisma.programme.findUniqueOrThrow({ where: { id: call.id } });
    expect(stored).toMatchObject({ ruleSetId: ids.get("innovative-2026"), ruleSetCode: "innovative-2026", regionCode: FUJIAN, provincialReviewDays: 20 });
    const [entry] = await auditOf(call.id);
    expect(entry).toMatchObject({ action: "call.create", actorId: fujianAdmin.id, toStatus: "scheduled" });
    expect((entry!.data as { after: { nameEn: string }; before: null }).after.nameEn).toBe("Fujian 2027 innovative SME evaluation");
  });

  it("a second call of the same tier, region and year with an overlapping window is refused; a later one gets the next code", async () => {
    const overlapping = await refusal(createCall(fujianAdmin, fujianCall({ opensOn: "2026-09-30", closesOn: "2026-10-31" }), now));
    expect(overlapping.status).toBe(400);
    expect(fieldsOf(overlapping)).toEqual(["opensOn"]);
    const second = await createCall(fujianAdmin, fujianCall({ opensOn: "2026-10-01", closesOn: "2026-10-31" }), now);
    expect(second.code).toBe("innovative-350000-2027-2");
  });

  it("refuses a rule set of another tier, another province's rule set, a notice below the national minimum, a window in the past", async () => {
    expect(fieldsOf(await refusal(createCall(fujianAdmin, fujianCall({ year: 2028, ruleSetId: ids.get("specialized-2026")! }), now)))).toEqual(["ruleSetId"]);
    expect(
      fieldsOf(await refusal(createCall(fujianAdmin, fujianCall({ tier: "specialized", year: 2028, ruleSetId: ids.get("shanxi-specialized-2019")! }), now))),
    ).toEqual(["ruleSetId"]);
    expect(fieldsOf(await refusal(createCall(fujianAdmin, fujianCall({ year: 2028, noticeWorkingDays: 4 }), now)))).toEqual(["noticeWorkingDays"]);
    expect(fieldsOf(await refusal(createCall(fujianAdmin, fujianCall({ year: 2028, opensOn: "2026-05-31" }), now)))).toEqual(["opensOn"]);
  });

  it("a provincial administrator may not open another province's call nor a national one (403)", async () => {
    expect((await refusal(createCall(fujianAdmin, fujianCall({ regionCode: SHANXI, year: 2028 }), now))).status).toBe(403);
    const littleGiant = fujianCall({ tier: "little-giant", regionCode: null, year: 2028, ruleSetId: ids.get("little-giant-2026")! });
    expect((await refusal(createCall(fujianAdmin, littleGiant, now))).status).toBe(403);
    // …while the national administrator may.
    expect((await createCall(national, { ...littleGiant, nameZh: "2028年小巨人", nameEn: "2028 little giants" }, now)).code).toBe("little-giant-2028");
  });

  it("a refused input through the action writes nothing and answers with the field's issue", async () => {
    actAs(fujianAdmin);
    const before = await rowCounts(db);
    const form = { ...fujianCall({ year: 2029 }), opensOn: "2026-09-30", closesOn: "2026-07-01" };
    const answer = await createCallAction(form);
    expect(answer).toMatchObject({ ok: false, status: 400, fieldErrors: { closesOn: ["closesBeforeOpens"] } });
    // The action runs on the real clock: a window far ahead, then one that overlaps it.
    await createCall(fujianAdmin, fujianCall({ year: 2033, opensOn: "2099-01-01", closesOn: "2099-02-01" }));
    const before2 = await rowCounts(db);
    const overlap = await createCallAction({ ...fujianCall({ year: 2033 }), opensOn: "2099-01-15", closesOn: "2099-03-01" });
    expect(overlap).toMatchObject({ ok: false, status: 400, details: { issues: ["opensOn:overlap"] } });
    expect(await rowCounts(db)).toEqual(before2);
    expect(before2.programme).toBe(before.programme + 1);
    actAs(null);
  });
});

describe("reaching calls", () => {
  it("lists only the calls in the administrator's reach", async () => {
    const fujian = await listCalls(fujianAdmin, { page: 1 }, now);
    expect(fujian.rows.every((r) => r.regionCode === FUJIAN)).toBe(true);
    expect(fujian.total).toBe(3);
    expect((await listCalls(national, { page: 1 }, now)).rows.map((r) => r.code)).toEqual(["little-giant-2028"]);
    expect((await listCalls(shanxiAdmin, { page: 1 }, now)).total).toBe(0);
    expect((await listCalls(fujianAdmin, { page: 1, q: "2027-2" }, now)).rows.map((r) => r.code)).toEqual(["innovative-350000-2027-2"]);
    expect((await listCalls(fujianAdmin, { page: 1, state: "open" }, now)).total).toBe(0);
  });

  it("another province's call and the national call are not found to a provincial administrator", async () => {
    const fujian = (await listCalls(fujianAdmin, { page: 1 }, now)).rows[0]!;
    const littleGiant = (await listCalls(national, { page: 1 }, now)).rows[0]!;
    expect((await refusal(callDetail(shanxiAdmin, fujian.id, now))).status).toBe(404);
    expect((await refusal(callDetail(fujianAdmin, littleGiant.id, now))).status).toBe(404);
    expect((await refusal(editCall(shanxiAdmin, { id: fujian.id, nameEn: "Taken over" }, now))).status).toBe(404);
    expect((await refusal(closeCall(fujianAdmin, { id: littleGiant.id }, now))).status).toBe(404);
    const official = await createActor(db, "provincial", FUJIAN);
    expect((await refusal(callDetail(official, fujian.id, now))).status).toBe(403);
  });
});

describe("changing a call", () => {
  it("before it opens every field may change, audited before → after", async () => {
    const call = await createCall(fujianAdmin, fujianCall({ tier: "specialized", ruleSetId: ids.get("specialized-2026")! }), now);
    const { call: edited, changed } = await editCall(fujianAdmin, { id: call.id, closesOn: "2026-10-15", noticeWorkingDays: 7, nameEn: call.nameEn }, now);
    expect(changed).toEqual(["closesOn", "noticeWorkingDays"]);
    expect(edited).toMatchObject({ closesOn: "2026-10-15", noticeWorkingDays: 7 });
    const entries = await auditOf(call.id);
    expect(entries.at(-1)).toMatchObject({
      action: "call.edit",
      data: { before: { closesOn: "2026-09-30", noticeWorkingDays: 5 }, after: { closesOn: "2026-10-15", noticeWorkingDays: 7 } },
    });
    // Nothing changed: nothing written.
    expect((await editCall(fujianAdmin, { id: call.id, nameZh: call.nameZh }, now)).changed).toEqual([]);
    expect(await auditOf(call.id)).toHaveLength(entries.length);
    // Dates out of order after the merge are refused.
    expect(fieldsOf(await refusal(editCall(fujianAdmin, { id: call.id, opensOn: "2026-11-01" }, now)))).toEqual(["closesOn"]);
  });

  it("opens early, then only names and processing days change; extend and close move the window", async () => {
    const call = await createCall(fujianAdmin, fujianCall({ year: 2030, opensOn: "2026-08-01", closesOn: "2026-08-31" }), now);
    expect((await refusal(extendCall(fujianAdmin, { id: call.id, closesOn: "2026-09-30" }, now))).status).toBe(409);
    const opened = await openCallEarly(fujianAdmin, { id: call.id }, now);
    expect(opened).toMatchObject({ state: "open", opensOn: "2026-06-01" });
    expect((await refusal(openCallEarly(fujianAdmin, { id: call.id }, now))).details).toMatchObject({ state: "open", operation: "open-early" });

    const locked = await refusal(editCall(fujianAdmin, { id: call.id, noticeWorkingDays: 8, closesOn: "2026-12-31" }, now));
    expect(locked.details.issues).toEqual(["closesOn:lockedOnceOpen", "noticeWorkingDays:lockedOnceOpen"]);
    expect((await editCall(fujianAdmin, { id: call.id, ministryReviewDays: 30 }, now)).changed).toEqual(["ministryReviewDays"]);
    // Experts review only little giants: a province's call has no expert days, even as an edit.
    expect((await refusal(editCall(fujianAdmin, { id: call.id, expertReviewDays: 10 }, now))).details.issues).toEqual([
      "expertReviewDays:expertDaysLittleGiant",
    ]);

    expect(fieldsOf(await refusal(extendCall(fujianAdmin, { id: call.id, closesOn: "2026-08-31" }, now)))).toEqual(["closesOn"]);
    expect((await extendCall(fujianAdmin, { id: call.id, closesOn: "2026-09-15" }, now)).closesOn).toBe("2026-09-15");
    const closed = await closeCall(fujianAdmin, { id: call.id }, later(3));
    expect(closed).toMatchObject({ closesOn: "2026-06-04", state: "open" });
    expect((await callDetail(fujianAdmin, call.id, later(4))).call.state).toBe("closed");
    expect((await auditOf(call.id)).map((e) => e.action)).toEqual(["call.create", "call.open_early", "call.edit", "call.extend", "call.close"]);
    expect((await auditOf(call.id)).at(-1)).toMatchObject({
      fromStatus: "open",
      data: { before: { closesOn: "2026-09-15" }, after: { closesOn: "2026-06-04" } },
    });
  });

  it("opening early into another open call's window of the same family is refused", async () => {
    const first = await createCall(fujianAdmin, fujianCall({ year: 2031, opensOn: "2026-06-01", closesOn: "2026-06-30" }), now);
    const second = await createCall(fujianAdmin, fujianCall({ year: 2031, opensOn: "2026-07-01", closesOn: "2026-07-31" }), now);
    expect(fieldsOf(await refusal(openCallEarly(fujianAdmin, { id: second.id }, now)))).toEqual(["opensOn"]);
    expect((await refusal(extendCall(fujianAdmin, { id: first.id, closesOn: "2026-07-15" }, now))).details.issues).toEqual(["opensOn:overlap"]);
  });

  it("a call with applications keeps its tier and rule set", async () => {
    const call = await createCall(fujianAdmin, fujianCall({ year: 2032 }), now);
    const company = await createCompany(db, FUZHOU, FUJIAN);
    await createApplication(db, {
      companyId: company.id,
      programmeId: call.id,
      tier: "innovative",
      status: "draft",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      year: 2032,
    });
    const refused = await refusal(editCall(fujianAdmin, { id: call.id, ruleSetId: ids.get("innovative-2022")!, tier: "specialized" }, now));
    expect(refused.details.issues).toEqual(["tier:lockedWithApplications", "ruleSetId:lockedWithApplications"]);
    expect((await db.prisma.programme.findUniqueOrThrow({ where: { id: call.id } })).ruleSetId).toBe(ids.get("innovative-2026"));
  });

  it("the edit action refuses a malformed field with its issue and writes nothing", async () => {
    const call = (await listCalls(fujianAdmin, { page: 1, year: 2027 }, now)).rows[0]!;
    actAs(fujianAdmin);
    const before = await rowCounts(db);
    expect(await editCallAction({ id: call.id, annualDataDeadline: "02-30" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { annualDataDeadline: ["annualDataDeadline"] },
    });
    expect(await rowCounts(db)).toEqual(before);
    actAs(null);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import type { RuleSet } from "@/lib/rules";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { createRuleSetVersion } from "@/lib/services/rule-sets/create-version";
import { listRuleSets } from "@/lib/services/rule-sets/list-rule-sets";
import { ruleSetInForce } from "@/lib/services/rule-sets/load-rule-set";
import { publishRuleSet } from "@/lib/services/rule-sets/publish-rule-set";
import { ruleSetDetail } from "@/lib/services/rule-sets/rule-set-detail";
import { saveRuleSetDraft } from "@/lib/services/rule-sets/save-rule-set-draft";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, FUJIAN, FUZHOU, SHANXI, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
let ids: Map<string, string>;
let national: Actor;
let fujianAdmin: Actor;
let shanxiAdmin: Actor;
const now = new Date("2026-06-01T08:00:00Z");

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

const definitionOf = async (id: string) => (await db.prisma.ruleSet.findUniqueOrThrow({ where: { id } })).definition as unknown as RuleSet;

describe("listing rule sets", () => {
  it("a national administrator sees every rule set, with in-force status", async () => {
    const list = await listRuleSets(national, { page: 1 }, now);
    expect(list.total).toBe(8);
    expect(list.rows.find((r) => r.code === "specialized-2026")).toMatchObject({ status: "in-force", canManage: true, revision: 1 });
  });

  it("a provincial administrator sees national rule sets read-only and not another province's", async () => {
    const list = await listRuleSets(fujianAdmin, { page: 1 }, now);
    expect(list.rows.map((r) => r.code)).not.toContain("shanxi-specialized-2019");
    expect(list.rows.every((r) => r.regionCode === null && !r.canManage)).toBe(true);
    const shanxi = await listRuleSets(shanxiAdmin, { page: 1, region: SHANXI }, now);
    expect(shanxi.rows).toEqual([expect.objectContaining({ code: "shanxi-specialized-2019", canManage: true })]);
  });

  it("filters by tier and status", async () => {
    const giants = await listRuleSets(national, { page: 1, tier: "little-giant" }, now);
    expect(giants.rows.map((r) => r.code).sort()).toEqual(["little-giant-2018", "little-giant-2022", "little-giant-2026"]);
    const retired = await listRuleSets(national, { page: 1, status: "retired" }, now);
    expect(retired.total).toBe(0);
  });
});

describe("creating, editing and publishing a version", () => {
  it("copies, validates, publishes with an audit entry, and becomes the rule set in force", async () => {
    const baseId = ids.get("specialized-2026")!;
    const base = await definitionOf(baseId);
    const draft = await createRuleSetVersion(national, { basedOnId: baseId });
    expect(draft.revision).toBe(2);
    const detail = await ruleSetDetail(national, draft.id, now);
    expect(detail).toMatchObject({ status: "draft", canManage: true, basedOn: { id: baseId, revision: 1 } });
    expect(detail.values.find((v) => v.path === "score.passMark")?.value).toBe(base.score!.passMark);

    // A second draft of the same code is refused while one is open.
    expect((await refusal(createRuleSetVersion(national, { basedOnId: baseId }))).status).toBe(409);

    // An invalid value changes nothing and names the field, in both languages.
    const before = await definitionOf(draft.id);
    const tooHigh = await refusal(saveRuleSetDraft(national, { id: draft.id, version: "2026 r2", values: { "score.passMark": "1000" } }));
    expect(tooHigh.status).toBe(400);
    const errors = tooHigh.details.fieldErrors as Record<string, { zh: string; en: string }[]>;
    expect(errors["score.passMark"]![0]!.en).toMatch(/exceeds the maximum score/);
    expect(errors["score.passMark"]![0]!.zh).toMatch(/及格线/);
    const notNumber = await refusal(
      saveRuleSetDraft(national, { id: draft.id, version: "2026 r2", values: { "score.passMark": "abc", "requirements.0.value": "4" } }),
    );
    expect(Object.keys(notNumber.details.fieldErrors as object)).toEqual(["score.passMark"]);
    const bandsOutOfOrder = await refusal(
      saveRuleSetDraft(national, { id: draft.id, version: "2026 r2", values: { "score.blocks.0.criteria.0.bands.1.edge": "95" } }),
    );
    expect(Object.keys(bandsOutOfOrder.details.fieldErrors as object)).toContain("score.blocks.0.criteria.0.bands.1.edge");
    expect(await definitionOf(draft.id)).toEqual(before);
    expect(await db.prisma.auditLog.count({ where: { entityId: draft.id, action: "ruleset.edit-draft" } })).toBe(0);

    await saveRuleSetDraft(national, { id: draft.id, version: "2026 r2", values: { "score.passMark": "55", "requirements.0.value": "4" } });
    const saved = await definitionOf(draft.id);
    expect(saved.score!.passMark).toBe(55);
    expect(saved.requirements[0]).toMatchObject({ value: 4 });
    // The published revision it was copied from is untouched.
    expect((await definitionOf(baseId)).score!.passMark).toBe(base.score!.passMark);

    const backdated = await refusal(publishRuleSet(national, { id: draft.id, effectiveFrom: "2026-05-31" }, now));
    expect(Object.keys(backdated.details.fieldErrors as object)).toEqual(["effectiveFrom"]);

    await publishRuleSet(national, { id: draft.id, effectiveFrom: "2026-06-01" }, now);
    const row = await db.prisma.ruleSet.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "published", publishedById: national.id, edition: "2026 r2" });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: draft.id, action: "ruleset.publish" } });
    expect(audit).toMatchObject({ actorId: national.id, fromStatus: "draft", toStatus: "published" });
    expect((await ruleSetInForce(db.prisma, "specialized-2026", now)).revision).toBe(2);
    expect((await ruleSetDetail(national, baseId, now)).status).toBe("retired");

    // Published is final.
    expect((await refusal(publishRuleSet(national, { id: draft.id, effectiveFrom: "2026-06-02" }, now))).status).toBe(409);
    expect((await refusal(saveRuleSetDraft(national, { id: draft.id, version: "x", values: {} }))).status).toBe(409);
  });

  it("a version published for a later date is scheduled and not yet in force", async () => {
    const draft = await createRuleSetVersion(national, { basedOnId: ids.get("innovative-2026")! });
    await publishRuleSet(national, { id: draft.id, effectiveFrom: "2026-09-01" }, now);
    expect((await ruleSetDetail(national, draft.id, now)).status).toBe("scheduled");
    expect((await ruleSetInForce(db.prisma, "innovative-2026", now)).revision).toBe(1);
    expect((await ruleSetInForce(db.prisma, "innovative-2026", new Date("2026-09-01T02:00:00Z"))).revision).toBe(2);
  });
});

describe("who may manage rule sets", () => {
  it("refuses companies, officials and administrators of another province, and changes nothing", async () => {
    const company = await createCompany(db, FUZHOU, FUJIAN);
    const companyUser = await createActor(db, "company", null, company.id);
    const municipal = await createActor(db, "municipal", FUZHOU);
    const provincial = await createActor(db, "provincial", FUJIAN);
    const nationalId = ids.get("little-giant-2026")!;
    const shanxiId = ids.get("shanxi-specialized-2019")!;
    const count = await db.prisma.ruleSet.count();

    for (const actor of [companyUser, municipal, provincial]) {
      expect((await refusal(createRuleSetVersion(actor, { basedOnId: nationalId }))).status).toBe(403);
      expect((await refusal(listRuleSets(actor, { page: 1 }, now))).status).toBe(403);
    }
    // A provincial administrator reads national rule sets but may not derive them…
    expect((await ruleSetDetail(fujianAdmin, nationalId, now)).canManage).toBe(false);
    expect((await refusal(createRuleSetVersion(fujianAdmin, { basedOnId: nationalId }))).status).toBe(403);
    // …and does not see another province's at all.
    expect((await refusal(ruleSetDetail(fujianAdmin, shanxiId, now))).status).toBe(404);
    expect((await refusal(createRuleSetVersion(fujianAdmin, { basedOnId: shanxiId }))).status).toBe(404);
    expect(await db.prisma.ruleSet.count()).toBe(count);

    // Its own province's rule set it manages: draft, edit, publish.
    const draft = await createRuleSetVersion(shanxiAdmin, { basedOnId: shanxiId });
    expect((await refusal(publishRuleSet(fujianAdmin, { id: draft.id, effectiveFrom: "2026-06-01" }, now))).status).toBe(404);
    await publishRuleSet(shanxiAdmin, { id: draft.id, effectiveFrom: "2026-06-01" }, now);
    expect((await ruleSetInForce(db.prisma, "shanxi-specialized-2019", now)).revision).toBe(2);
  });
});

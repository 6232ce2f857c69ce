import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { APPLICATION_SECTIONS } from "@/lib/application/sections";
import { createRandom } from "@/lib/demo/random";
import type { EvaluationResult } from "@/lib/rules";
import { demoFacts } from "@/lib/seed/demo-facts";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { companyTransition } from "@/lib/services/applications/company-transition";
import { saveDraft } from "@/lib/services/applications/save-draft";
import { startApplication } from "@/lib/services/applications/start-application";
import { freshEvaluationForStaff } from "@/lib/services/review/fresh-evaluation";
import { createRuleSetVersion } from "@/lib/services/rule-sets/create-version";
import { evaluateForProgramme } from "@/lib/services/rule-sets/evaluate-for-programme";
import { publishRuleSet } from "@/lib/services/rule-sets/publish-rule-set";
import { saveRuleSetDraft } from "@/lib/services/rule-sets/save-rule-set-draft";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { attachDocument, createActor, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
let ids: Map<string, string>;
let admin: Actor;
let official: Actor;
let programmeId: string;
let programmeCode: string;
const before = new Date("2026-05-20T08:00:00Z");
const publishedOn = new Date("2026-06-01T08:00:00Z");
const after = new Date("2026-06-02T08:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  ids = await seedRuleSets(db.prisma, before);
  admin = await createActor(db, "administrator", null);
  official = await createActor(db, "municipal", FUZHOU);
  const programme = await createProgramme(db, "innovative");
  programmeId = programme.id;
  programmeCode = programme.code;
});
afterAll(async () => db.destroy());

async function submitted(seed: number, at: Date) {
  const company = await createCompany(db, FUZHOU, FUJIAN);
  const actor = await createActor(db, "company", null, company.id);
  const { id } = await startApplication(actor, { programmeId }, at);
  await attachDocument(db, id);
  await saveDraft(actor, { applicationId: id, expectedVersion: 1, facts: demoFacts(createRandom(seed), 2026, "strong"), complete: [...APPLICATION_SECTIONS] });
  await companyTransition(actor, { applicationId: id, action: "submit", expectedVersion: 2 }, at);
  return db.prisma.application.findUniqueOrThrow({ where: { id }, include: { ruleSet: { select: { revision: true } } } });
}

describe("a newly published rule-set version", () => {
  it("judges new applications from its effective date, while submitted ones keep their stored evaluation and revision", async () => {
    const first = await submitted(11, before);
    expect(first.ruleSet?.revision).toBe(1);
    const firstEvaluation = first.evaluation as unknown as EvaluationResult;
    expect(firstEvaluation.score?.passMark).toBeGreaterThan(0);
    const originalPassMark = firstEvaluation.score!.passMark;

    const draft = await createRuleSetVersion(admin, { basedOnId: ids.get("innovative-2026")! });
    await saveRuleSetDraft(admin, { id: draft.id, version: "2026 r2", values: { "score.passMark": String(originalPassMark + 5) } });
    await publishRuleSet(admin, { id: draft.id, effectiveFrom: "2026-06-01" }, publishedOn);

    // New: judged by revision 2, whose pass mark is the edited one.
    const second = await submitted(12, after);
    expect(second.ruleSetId).toBe(draft.id);
    const secondEvaluation = second.evaluation as unknown as EvaluationResult;
    expect(secondEvaluation.ruleSet.version).toBe("2026 r2");
    expect(secondEvaluation.score?.passMark).toBe(originalPassMark + 5);

    // Already submitted: row, stored evaluation and the rule set used for a fresh look are unchanged.
    const firstAgain = await db.prisma.application.findUniqueOrThrow({ where: { id: first.id } });
    expect(firstAgain.ruleSetId).toBe(first.ruleSetId);
    expect(firstAgain.evaluation).toEqual(first.evaluation);
    expect(firstAgain.score).toEqual(first.score);
    const fresh = await freshEvaluationForStaff(official, first.id, after);
    expect(fresh.ruleSet.version).toBe("2026");
    expect(fresh.score?.passMark).toBe(originalPassMark);

    // The public self-assessment and API follow the version in force too.
    const publicAnswer = await evaluateForProgramme(programmeCode, {}, after);
    expect(publicAnswer.ruleSet).toMatchObject({ code: "innovative-2026", revision: 2, version: "2026 r2", effectiveFrom: "2026-06-01" });
    const publicBefore = await evaluateForProgramme(programmeCode, {}, before);
    expect(publicBefore.ruleSet.revision).toBe(1);
  });
});

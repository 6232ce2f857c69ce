import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { companyTransition } from "@/lib/services/applications/company-transition";
import { decideApplication } from "@/lib/services/applications/decide-application";
import { saveDraft } from "@/lib/services/applications/save-draft";
import { getApplicationForReview } from "@/lib/services/review/application-for-review";
import { assignExpertsAtRandom } from "@/lib/services/review/assign-experts";
import { bulkDecideApplications } from "@/lib/services/review/bulk-decide-applications";
import { submitExpertReview } from "@/lib/services/review/submit-expert-review";
import { APPLICATION_GUARD_MESSAGES } from "@/lib/workflow/application-lifecycle";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { attachDocument, createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";
import { rowCounts } from "./support/row-counts";

let db: FreshDatabase;
let ministry: Actor;
let fujianOfficial: Actor;
let experts: Actor[];
let specializedId: string;
let littleGiantId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  specializedId = (await createProgramme(db, "specialized")).id;
  littleGiantId = (await createProgramme(db, "little_giant")).id;
  [ministry, fujianOfficial, ...experts] = await Promise.all([
    createActor(db, "ministry"),
    createActor(db, "provincial", FUJIAN),
    createActor(db, "expert"),
    createActor(db, "expert"),
    createActor(db, "expert"),
  ]);
});
afterAll(async () => db.destroy());

async function file(
  tier: "specialized" | "little_giant",
  status: "provincial_review" | "ministry_review",
  outcome: "eligible" | "not-eligible" | null = "eligible",
) {
  const firm = await createCompany(db, FUZHOU, FUJIAN);
  return createApplication(db, {
    companyId: firm.id,
    programmeId: tier === "little_giant" ? littleGiantId : specializedId,
    tier,
    status,
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
    outcome,
  });
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

/** MIIT draws `count` experts for the file; returns them as actors. */
async function assignExperts(applicationId: string, count: number): Promise<Actor[]> {
  await assignExpertsAtRandom(ministry, { applicationId, count });
  const rows = await db.prisma.expertAssignment.findMany({ where: { applicationId }, select: { expertId: true } });
  return rows.map((row) => experts.find((e) => e.id === row.expertId)!);
}

const review = (expert: Actor, applicationId: string) => submitExpertReview(expert, { applicationId, score: 80, opinion: "主导产品技术领先。" });

describe("hard rule: MIIT approves a little giant only after every assigned expert has reported", () => {
  it("with one review outstanding the approval is refused, naming the rule, and nothing is written", async () => {
    const application = await file("little_giant", "ministry_review");
    const [first] = await assignExperts(application.id, 2);
    await review(first!, application.id);

    const before = await rowCounts(db);
    const error = await refusal(decideApplication(ministry, { applicationId: application.id, action: "approve", expectedVersion: 1 }));
    expect(error.status).toBe(409);
    expect(error.bilingual.zh).toContain(APPLICATION_GUARD_MESSAGES["expert-reviews-outstanding"].zh);
    expect(error.bilingual.en).toContain(APPLICATION_GUARD_MESSAGES["expert-reviews-outstanding"].en);
    expect(error.details).toMatchObject({ from: "ministry_review", failed: ["expert-reviews-outstanding"], allowed: ["return", "reject", "withdraw"] });
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.prisma.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true, version: true } })).toEqual({
      status: "ministry_review",
      version: 1,
    });
  });

  it("the review page says how many are outstanding and offers no approval; once all are in, MIIT approves", async () => {
    const application = await file("little_giant", "ministry_review");
    const [first, second] = await assignExperts(application.id, 2);
    await review(first!, application.id);

    const waiting = await getApplicationForReview(ministry, application.id);
    expect(waiting.allowedActions).toEqual(["return", "reject"]);
    expect(waiting.approval).toEqual({ expertsOutstanding: { assigned: 2, submitted: 1 }, overrideNotEligible: false });

    await review(second!, application.id);
    const ready = await getApplicationForReview(ministry, application.id);
    expect(ready.allowedActions).toEqual(["approve", "return", "reject"]);
    expect(ready.approval.expertsOutstanding).toBeNull();
    await expect(decideApplication(ministry, { applicationId: application.id, action: "approve", expectedVersion: 1 })).resolves.toMatchObject({
      to: "approved",
    });
  });

  it("MIIT may still return the file while reviews are outstanding", async () => {
    const application = await file("little_giant", "ministry_review");
    await assignExperts(application.id, 1);
    await expect(
      decideApplication(ministry, { applicationId: application.id, action: "return", expectedVersion: 1, reason: "请补充知识产权证明", sections: ["rd-ip"] }),
    ).resolves.toMatchObject({ to: "returned" });
  });

  it("the queue's bulk approval is held to the same rule, file by file", async () => {
    const [waiting, ready] = await Promise.all([file("little_giant", "ministry_review"), file("little_giant", "ministry_review")]);
    await assignExperts(waiting.id, 1);
    const results = await bulkDecideApplications(ministry, {
      action: "approve",
      sections: [],
      items: [waiting, ready].map((a) => ({ applicationId: a.id, expectedVersion: 1 })),
    });
    expect(results).toEqual([
      {
        applicationId: waiting.id,
        ok: false,
        status: 409,
        message: expect.objectContaining({ en: expect.stringContaining(APPLICATION_GUARD_MESSAGES["expert-reviews-outstanding"].en) }),
      },
      { applicationId: ready.id, ok: true, to: "approved", version: 2 },
    ]);
  });
});

describe("MIIT's draw", () => {
  it("takes national experts only: never a province's own expert nor one who has not accepted the invitation", async () => {
    const provincial = await createActor(db, "expert", FUJIAN);
    const invited = await createActor(db, "expert");
    await db.prisma.user.update({ where: { id: invited.id }, data: { activatedAt: null } });
    const application = await file("little_giant", "ministry_review");
    const drawn = await assignExperts(application.id, experts.length);
    expect(drawn.map((e) => e?.id).sort()).toEqual(experts.map((e) => e.id).sort());
    const error = await refusal(assignExpertsAtRandom(ministry, { applicationId: application.id, count: 1 }));
    expect(error.details).toMatchObject({ field: "count", available: 0 });
    const assigned = await db.prisma.expertAssignment.findMany({ where: { applicationId: application.id, expertId: { in: [provincial.id, invited.id] } } });
    expect(assigned).toEqual([]);
    await db.prisma.user.update({ where: { id: provincial.id }, data: { disabledAt: new Date() } });
    await db.prisma.user.update({ where: { id: invited.id }, data: { disabledAt: new Date() } });
  });
});

describe("an approval and an expert draw at the same moment", () => {
  it("never leave an approved file with an expert review outstanding", async () => {
    for (let round = 0; round < 10; round += 1) {
      const application = await file("little_giant", "ministry_review");
      const results = await Promise.allSettled([
        decideApplication(ministry, { applicationId: application.id, action: "approve", expectedVersion: 1 }),
        assignExpertsAtRandom(ministry, { applicationId: application.id, count: 1 }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled").length).toBe(1);
      const stored = await db.prisma.application.findUniqueOrThrow({ where: { id: application.id }, select: { status: true } });
      const outstanding = await db.prisma.expertAssignment.count({ where: { applicationId: application.id, submittedAt: null } });
      expect({ round, approvedWithOutstanding: stored.status === "approved" && outstanding > 0 }).toEqual({ round, approvedWithOutstanding: false });
    }
  });
});

describe("override: approving a file the rules judged not eligible needs a recorded reason", () => {
  it("without a reason it is refused with an error on `reason`, and nothing is written", async () => {
    const application = await file("specialized", "provincial_review", "not-eligible");
    const before = await rowCounts(db);
    const error = await refusal(decideApplication(fujianOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1, reason: "  " }));
    expect(error.status).toBe(400);
    expect(error.details).toMatchObject({ field: "reason", override: ["judged-not-eligible"] });
    expect(error.bilingual.zh).toContain("不符合条件");
    expect(error.bilingual.en).toContain("not eligible");
    expect(await rowCounts(db)).toEqual(before);
  });

  it("with a reason it is approved, the reason is on the review and the audit entry records the override", async () => {
    const application = await file("specialized", "provincial_review", "not-eligible");
    const reason = "经现场核查，补充的审计报告证实研发投入达标。";
    await expect(decideApplication(fujianOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1, reason })).resolves.toMatchObject({
      to: "approved",
    });
    const reviews = await db.prisma.review.findMany({ where: { applicationId: application.id } });
    expect(reviews).toMatchObject([{ action: "approve", actorId: fujianOfficial.id, toStatus: "approved", reason }]);
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: application.id } });
    expect(audit).toMatchObject([{ action: "application.approve", reason, data: { override: ["judged-not-eligible"] } }]);
  });

  it.each([
    ["judged eligible", "eligible"],
    ["not judged", null],
  ] as const)("a file %s is approved without a reason and without an override", async (_rule, outcome) => {
    const application = await file("specialized", "provincial_review", outcome);
    await decideApplication(fujianOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 });
    const [audit] = await db.prisma.auditLog.findMany({ where: { entityId: application.id } });
    expect(audit).toMatchObject({ action: "application.approve", reason: null, data: null });
  });

  it("the review page asks for the reason before the official submits", async () => {
    const application = await file("specialized", "provincial_review", "not-eligible");
    const shown = await getApplicationForReview(fujianOfficial, application.id);
    expect(shown.approval).toEqual({ expertsOutstanding: null, overrideNotEligible: true });
    expect(shown.requirements).toEqual({ approve: ["reason"], return: ["reason", "sections"], reject: ["reason"] });
  });

  it("the queue's bulk approval does not override: such a file is decided on its own page", async () => {
    const [notEligible, eligible] = await Promise.all([file("specialized", "provincial_review", "not-eligible"), file("specialized", "provincial_review")]);
    const results = await bulkDecideApplications(fujianOfficial, {
      action: "approve",
      reason: "批量通过",
      sections: [],
      items: [notEligible, eligible].map((a) => ({ applicationId: a.id, expectedVersion: 1 })),
    });
    expect(results).toEqual([
      { applicationId: notEligible.id, ok: false, status: 400, message: expect.objectContaining({ en: expect.stringContaining("on its own review page") }) },
      { applicationId: eligible.id, ok: true, to: "approved", version: 2 },
    ]);
    expect(await db.prisma.review.count({ where: { applicationId: notEligible.id } })).toBe(0);
  });
});

describe("hard rule: the documents section is finished only with a file", () => {
  async function draft() {
    const firm = await createCompany(db, FUZHOU, FUJIAN);
    const actor = await createActor(db, "company", null, firm.id);
    const application = await createApplication(db, {
      companyId: firm.id,
      programmeId: specializedId,
      tier: "specialized",
      status: "draft",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    return { actor, application };
  }

  it("marking it complete with no file is refused with an error on the mark, and nothing is saved", async () => {
    const { actor, application } = await draft();
    const error = await refusal(saveDraft(actor, { applicationId: application.id, expectedVersion: 1, facts: {}, complete: ["documents"] }));
    expect(error.status).toBe(400);
    expect(error.details).toEqual({ field: "complete", section: "documents" });
    expect(error.bilingual.zh).toContain("证明材料");
    expect(await db.prisma.application.findUniqueOrThrow({ where: { id: application.id }, select: { version: true, sectionState: true } })).toEqual({
      version: 1,
      sectionState: {},
    });
  });

  it("with a file on the application it is marked complete", async () => {
    const { actor, application } = await draft();
    await attachDocument(db, application.id, "financials");
    const saved = await saveDraft(actor, { applicationId: application.id, expectedVersion: 1, facts: {}, complete: ["documents"] });
    expect(saved.sectionState).toEqual({ documents: "complete" });
  });

  it("a file removed after the mark does not count: submitting names the documents section", async () => {
    const { actor, application } = await draft();
    const document = await attachDocument(db, application.id);
    await saveDraft(actor, { applicationId: application.id, expectedVersion: 1, facts: {}, complete: ["documents"] });
    await db.prisma.document.update({ where: { id: document.id }, data: { deletedAt: new Date() } });
    const error = await refusal(companyTransition(actor, { applicationId: application.id, action: "submit", expectedVersion: 2 }));
    expect(error.details.unfinishedSections).toContain("documents");
  });
});

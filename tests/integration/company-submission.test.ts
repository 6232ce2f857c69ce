import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { APPLICATION_SECTIONS } from "@/lib/application/sections";
import { DomainError } from "@/lib/errors/domain-error";
import type { EvaluationResult } from "@/lib/rules";
import { companyTransition } from "@/lib/services/applications/company-transition";
import { decideApplication } from "@/lib/services/applications/decide-application";
import { saveDraft } from "@/lib/services/applications/save-draft";
import { startApplication } from "@/lib/services/applications/start-application";
import { demoFacts } from "@/lib/seed/demo-facts";
import { createRandom } from "@/lib/demo/random";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { attachDocument, createActor, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
let cityOfficial: Actor;
const now = new Date("2026-06-01T08:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  cityOfficial = await createActor(db, "municipal", FUZHOU);
});
afterAll(async () => db.destroy());

async function draftWithFacts(complete = true) {
  const company = await createCompany(db, FUZHOU, FUJIAN);
  const actor = await createActor(db, "company", null, company.id);
  const programme = await createProgramme(db, "innovative");
  await db.prisma.programme.update({ where: { id: programme.id }, data: { ruleSetCode: "innovative-2026" } });
  const { id } = await startApplication(actor, { programmeId: programme.id }, now);
  const facts = demoFacts(createRandom(7), 2026, "strong");
  // The documents section counts as finished only with a file on the application.
  if (complete) await attachDocument(db, id);
  await saveDraft(actor, { applicationId: id, expectedVersion: 1, facts, complete: complete ? [...APPLICATION_SECTIONS] : ["financials"] });
  return { actor, id };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("submitting an application", () => {
  it("freezes the facts' evaluation with the rule set in force and sends the file to the city", async () => {
    const { actor, id } = await draftWithFacts();
    const outcome = await companyTransition(actor, { applicationId: id, action: "submit", expectedVersion: 2 }, now);
    expect(outcome).toMatchObject({ from: "draft", to: "municipal_review", version: 3 });
    const stored = await db.prisma.application.findUniqueOrThrow({ where: { id }, include: { ruleSet: { select: { code: true, revision: true } } } });
    const evaluation = stored.evaluation as unknown as EvaluationResult;
    expect(stored.ruleSet).toEqual({ code: "innovative-2026", revision: 1 });
    expect(evaluation.ruleSet.code).toBe("innovative-2026");
    expect(stored.outcome).toBe(evaluation.outcome);
    expect(stored.submittedAt?.toISOString()).toBe(now.toISOString());
    const notified = await db.prisma.notification.findMany({ where: { userId: cityOfficial.id } });
    expect(notified).toHaveLength(1);
  });

  it("gives the file a reference number at its first submission, keeps it on resubmission, and sends the firm a receipt with it each time", async () => {
    const { actor, id } = await draftWithFacts();
    const second = await draftWithFacts();
    // Two firms submitting at once get two different numbers.
    await Promise.all([
      companyTransition(actor, { applicationId: id, action: "submit", expectedVersion: 2 }, now),
      companyTransition(second.actor, { applicationId: second.id, action: "submit", expectedVersion: 2 }, now),
    ]);
    const [first, other] = await Promise.all([id, second.id].map((applicationId) => db.prisma.application.findUniqueOrThrow({ where: { id: applicationId } })));
    expect(first!.reference).toMatch(/^SB2026-\d{7}$/);
    expect(other!.reference).toMatch(/^SB2026-\d{7}$/);
    expect(first!.reference).not.toBe(other!.reference);
    const receipts = () =>
      db.prisma.notification.findMany({
        where: { userId: actor.id, kind: { in: ["application.received", "application.resubmitted"] } },
        select: { kind: true, titleZh: true, titleEn: true, bodyZh: true },
        orderBy: { createdAt: "asc" },
      });
    const [receipt] = await receipts();
    expect(receipt).toMatchObject({
      kind: "application.received",
      titleZh: `申报已收到（编号 ${first!.reference}）`,
      titleEn: `Your application has been received (reference ${first!.reference})`,
    });
    // The receipt is an email too, queued with the submission.
    expect(await db.prisma.outbox.count({ where: { userId: actor.id, kind: "application.received" } })).toBe(1);

    await decideApplication(cityOfficial, { applicationId: id, action: "return", expectedVersion: 3, reason: "请补充材料", sections: ["documents"] });
    await companyTransition(actor, { applicationId: id, action: "resubmit", expectedVersion: 4 }, now);
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id } })).reference).toBe(first!.reference);
    expect((await receipts()).map((r) => [r.kind, r.titleZh])).toEqual([
      ["application.received", `申报已收到（编号 ${first!.reference}）`],
      ["application.resubmitted", `更正后的申报已收到（编号 ${first!.reference}）`],
    ]);
  });

  it("is refused while a section is unfinished, naming the sections", async () => {
    const { actor, id } = await draftWithFacts(false);
    const error = await refusal(companyTransition(actor, { applicationId: id, action: "submit", expectedVersion: 2 }, now));
    expect(error.status).toBe(400);
    expect(error.details.unfinishedSections).toContain("rd-ip");
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });

  it("a new rule-set revision does not change how a submitted application was judged", async () => {
    const { actor, id } = await draftWithFacts();
    await companyTransition(actor, { applicationId: id, action: "submit", expectedVersion: 2 }, now);
    const before = await db.prisma.application.findUniqueOrThrow({ where: { id } });
    const original = await db.prisma.ruleSet.findFirstOrThrow({ where: { code: "innovative-2026", revision: 1 } });
    await db.prisma.ruleSet.create({
      data: {
        code: "innovative-2026",
        revision: 2,
        tier: "innovative",
        edition: "2026",
        titleZh: "x",
        titleEn: "x",
        definition: original.definition as object,
        status: "published",
        effectiveFrom: new Date("2026-05-01"),
      },
    });
    // The city returns it; the company resubmits; the file is judged again by revision 1.
    await decideApplication(cityOfficial, { applicationId: id, action: "return", expectedVersion: 3, reason: "请补充材料", sections: ["documents"] });
    await companyTransition(actor, { applicationId: id, action: "resubmit", expectedVersion: 4 }, now);
    const after = await db.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(after.ruleSetId).toBe(before.ruleSetId);
    expect(after.status).toBe("municipal_review");
    expect(after.reopenSections).toEqual([]);
  });

  it("the company may withdraw before a decision, and not after", async () => {
    const { actor, id } = await draftWithFacts();
    await companyTransition(actor, { applicationId: id, action: "submit", expectedVersion: 2 }, now);
    await decideApplication(cityOfficial, { applicationId: id, action: "reject", expectedVersion: 3, reason: "不符合条件" });
    const error = await refusal(companyTransition(actor, { applicationId: id, action: "withdraw", expectedVersion: 4 }, now));
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({ from: "rejected", allowed: [] });

    const other = await draftWithFacts();
    await expect(companyTransition(other.actor, { applicationId: other.id, action: "withdraw", expectedVersion: 2 }, now)).resolves.toMatchObject({
      to: "withdrawn",
    });
  });

  it("an official cannot submit on a company's behalf", async () => {
    const { id } = await draftWithFacts();
    expect((await refusal(companyTransition(cityOfficial, { applicationId: id, action: "submit", expectedVersion: 2 }, now))).status).toBe(403);
  });
});

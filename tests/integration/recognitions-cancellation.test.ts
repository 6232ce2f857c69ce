import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { startApplication } from "@/lib/services/applications/start-application";
import { cancelRecognition } from "@/lib/services/recognitions/cancel-recognition";
import { cancelRecognitionSchema } from "@/lib/domain/recognitions/inputs";
import { proposeCancellation } from "@/lib/services/recognitions/propose-cancellation";
import { startRereview } from "@/lib/services/recognitions/start-rereview";
import { withdrawRecognition } from "@/lib/services/recognitions/withdraw-recognition";
import { listExits } from "@/lib/services/recognitions/list-exits";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, createProgramme, FUJIAN, FUZHOU, SHANXI, TAIYUAN, XIAMEN, seedRegions } from "./support/fixtures";
import { createRecognition } from "./support/recognitions";

let db: FreshDatabase;
let fuzhou: Actor;
let xiamen: Actor;
let fujian: Actor;
let shanxi: Actor;
let ministry: Actor;
const now = new Date("2026-06-01T02:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  fuzhou = await createActor(db, "municipal", FUZHOU);
  xiamen = await createActor(db, "municipal", XIAMEN);
  fujian = await createActor(db, "provincial", FUJIAN);
  shanxi = await createActor(db, "provincial", SHANXI);
  ministry = await createActor(db, "ministry");
});
afterAll(async () => db.destroy());

async function holder(tier: "innovative" | "specialized" | "little_giant" = "innovative", city = FUZHOU, province = FUJIAN) {
  const company = await createCompany(db, city, province);
  const actor = await createActor(db, "company", null, company.id);
  const recognition = await createRecognition(db, {
    companyId: company.id,
    cityCode: city,
    provinceCode: province,
    tier,
    validFrom: "2025-09-15",
    validUntil: "2028-09-14",
  });
  return { company, actor, recognition };
}

const cancellation = (recognitionId: string, reasonCategory = "falsified_data", version = 1) =>
  cancelRecognitionSchema.parse({
    recognitionId,
    expectedVersion: String(version),
    reasonCategory,
    reasonText: "经核查，申报材料中研发费用数据不实",
    evidenceReference: "闽工信函〔2026〕12号",
  });

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("cancelling a title", () => {
  it("lets the province cancel a provincial title with a reason category, text and evidence, in one transaction", async () => {
    const { recognition } = await holder();
    const outcome = await cancelRecognition(fujian, cancellation(recognition.id), now);
    expect(outcome).toMatchObject({ status: "revoked", version: 2 });
    const event = await db.prisma.recognitionEvent.findFirstOrThrow({ where: { recognitionId: recognition.id, kind: "revoked" } });
    expect(event).toMatchObject({ reasonCategory: "falsified_data", actorId: fujian.id });
    expect(event.reasonText).toContain("研发费用");
    expect(event.evidence).toMatchObject({ reference: "闽工信函〔2026〕12号", documentIds: [] });
    expect(event.occurredOn.toISOString().slice(0, 10)).toBe("2026-06-01");
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: recognition.id, action: "recognition.revoke" } });
    expect(audit).toMatchObject({ fromStatus: "active", toStatus: "revoked", actorId: fujian.id });
  });

  it("gives one success and one conflict when two officials cancel at once", async () => {
    const { recognition } = await holder();
    const results = await Promise.allSettled([
      cancelRecognition(fujian, cancellation(recognition.id), now),
      cancelRecognition(fujian, cancellation(recognition.id), now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as DomainError).status).toBe(409);
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: recognition.id, kind: "revoked" } })).toBe(1);
  });

  it("refuses a city official, even of the firm's own city", async () => {
    const { recognition } = await holder();
    expect((await refusal(cancelRecognition(fuzhou, cancellation(recognition.id), now))).status).toBe(403);
  });

  it("does not show another province's title at all, and a city may not cancel any title", async () => {
    const { recognition } = await holder();
    // The city holds no cancel permission at all: 403 whatever the id, so nothing is revealed.
    expect((await refusal(cancelRecognition(xiamen, cancellation(recognition.id), now))).status).toBe(403);
    expect((await refusal(cancelRecognition(shanxi, cancellation(recognition.id), now))).status).toBe(404);
    expect((await db.prisma.recognition.findUniqueOrThrow({ where: { id: recognition.id } })).status).toBe("active");
  });

  it("refuses the company itself", async () => {
    const { actor, recognition } = await holder();
    expect((await refusal(cancelRecognition(actor, cancellation(recognition.id), now))).status).toBe(403);
  });

  it("leaves provincial titles to the province: MIIT cannot cancel an innovative SME", async () => {
    const { recognition } = await holder();
    expect((await refusal(cancelRecognition(ministry, cancellation(recognition.id), now))).status).toBe(403);
  });

  it("cancels a little giant only at MIIT and only on the province's verification", async () => {
    const { recognition } = await holder("little_giant");
    const early = await refusal(cancelRecognition(ministry, cancellation(recognition.id), now));
    expect(early.status).toBe(409);
    expect((await refusal(cancelRecognition(fujian, cancellation(recognition.id), now))).status).toBe(403);
    expect((await refusal(proposeCancellation(shanxi, cancellation(recognition.id), now))).status).toBe(404);
    await proposeCancellation(fujian, cancellation(recognition.id), now);
    expect(await db.prisma.notification.count({ where: { userId: ministry.id, kind: "recognition.cancellation_proposed" } })).toBeGreaterThanOrEqual(1);
    const outcome = await cancelRecognition(ministry, cancellation(recognition.id, "falsified_data", 2), now);
    expect(outcome.status).toBe("revoked");
  });

  it("lets the firm withdraw its own title but not another firm's", async () => {
    const { actor, recognition } = await holder();
    const other = await holder();
    expect((await refusal(withdrawRecognition(other.actor, { recognitionId: recognition.id, expectedVersion: 1, reasonText: "x" }, now))).status).toBe(404);
    const outcome = await withdrawRecognition(actor, { recognitionId: recognition.id, expectedVersion: 1, reasonText: "业务调整，主动退出" }, now);
    expect(outcome.status).toBe("withdrawn");
  });

  it("lists revoked titles publicly with the reason category only", async () => {
    const { company, recognition } = await holder("specialized", TAIYUAN, SHANXI);
    await cancelRecognition(shanxi, cancellation(recognition.id, "tax_evasion"), now);
    const { rows } = await listExits({ province: SHANXI, reason: "tax_evasion", page: 1, size: 20 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "revoked", reasonCategory: "tax_evasion", tier: "specialized", occurredOn: "2026-06-01" });
    expect(rows[0]!.company.creditCode).toBe(company.creditCode);
    expect(Object.keys(rows[0]!)).not.toContain("reasonText");
  });
});

describe("re-applying after a cancellation (cooling-off)", () => {
  it("refuses a new application for 3 years after a cancellation for cause and names the date", async () => {
    const { actor, recognition } = await holder();
    await cancelRecognition(fujian, cancellation(recognition.id, "serious_dishonesty"), now);
    const programme = await createProgramme(db, "innovative", 2026);
    const error = await refusal(startApplication(actor, { programmeId: programme.id }, new Date("2026-07-01T02:00:00Z")));
    expect(error.status).toBe(400);
    expect(error.details.mayApplyFrom).toBe("2029-06-01");
    expect(error.bilingual.zh).toContain("2029-06-01");
    expect(error.bilingual.en).toContain("2029-06-01");
    // From that day on it may.
    const later = await createProgramme(db, "innovative", 2029);
    await expect(startApplication(actor, { programmeId: later.id }, new Date("2029-06-01T02:00:00Z"))).resolves.toHaveProperty("id");
  });

  it("does not bar a firm whose title ended because a change left it no longer qualifying", async () => {
    const { actor, recognition } = await holder();
    await cancelRecognition(fujian, cancellation(recognition.id, "no_longer_qualifies_after_change"), now);
    const programme = await createProgramme(db, "innovative", 2026);
    await expect(startApplication(actor, { programmeId: programme.id }, new Date("2026-07-01T02:00:00Z"))).resolves.toHaveProperty("id");
  });
});

describe("starting a re-review", () => {
  it("opens a linked application in this year's programme and keeps the title valid, under re-review", async () => {
    const company = await createCompany(db, FUZHOU, FUJIAN);
    const actor = await createActor(db, "company", null, company.id);
    const programme = await createProgramme(db, "innovative", 2026);
    const recognition = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2023-09-15",
      validUntil: "2026-09-14",
    });
    const outcome = await startRereview(actor, { recognitionId: recognition.id, expectedVersion: 1 }, now);
    expect(outcome.status).toBe("under_rereview");
    const application = await db.prisma.application.findUniqueOrThrow({ where: { id: outcome.applicationId } });
    expect(application).toMatchObject({ programmeId: programme.id, status: "draft", companyId: company.id });
    const event = await db.prisma.recognitionEvent.findFirstOrThrow({ where: { recognitionId: recognition.id, kind: "rereview_started" } });
    expect(event.evidence).toEqual({ applicationId: application.id });
  });

  it("is refused before the window opens and after the right to re-review was lost", async () => {
    const { actor, recognition } = await holder();
    const early = await refusal(startRereview(actor, { recognitionId: recognition.id, expectedVersion: 1 }, now));
    expect(early.status).toBe(409);
    expect(early.details.opensOn).toBe("2028-03-15");
    const company = await createCompany(db, FUZHOU, FUJIAN);
    const owner = await createActor(db, "company", null, company.id);
    const lost = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2023-09-15",
      validUntil: "2026-09-14",
      rereviewRightLost: true,
    });
    expect((await refusal(startRereview(owner, { recognitionId: lost.id, expectedVersion: 1 }, now))).status).toBe(409);
  });
});

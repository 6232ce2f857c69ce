import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runJobs } from "@/lib/jobs/run-jobs";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";
import { createRecognition } from "./support/recognitions";

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
});
afterAll(async () => db.destroy());

async function firm() {
  const company = await createCompany(db, FUZHOU, FUJIAN);
  const user = await createActor(db, "company", null, company.id);
  return { company, user };
}

const at = (iso: string) => new Date(`${iso}T04:00:00Z`);

describe("the expiry job", () => {
  it("expires a title past its validity exactly once when it runs twice", async () => {
    const { company, user } = await firm();
    const ended = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2023-06-01",
      validUntil: "2026-05-31",
    });
    const valid = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2024-06-01",
      validUntil: "2027-05-31",
    });
    const underRereview = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "specialized",
      validFrom: "2023-06-01",
      validUntil: "2026-05-31",
      status: "under_rereview",
    });

    const first = await runJobs({ trigger: "test", now: at("2026-06-01"), only: ["expire-recognitions"] });
    const second = await runJobs({ trigger: "test", now: at("2026-06-01"), only: ["expire-recognitions"] });
    expect(first[0]).toMatchObject({ status: "succeeded", counts: { expired: 1, notified: 1 } });
    expect(second[0]).toMatchObject({ status: "succeeded", counts: { expired: 0, notified: 0 } });

    const after = await db.prisma.recognition.findMany({
      where: { id: { in: [ended.id, valid.id, underRereview.id] } },
      select: { id: true, status: true, version: true },
    });
    const byId = new Map(after.map((r) => [r.id, r]));
    expect(byId.get(ended.id)).toMatchObject({ status: "expired", version: 2 });
    expect(byId.get(valid.id)).toMatchObject({ status: "active", version: 1 });
    // The title stays valid while its re-review runs.
    expect(byId.get(underRereview.id)).toMatchObject({ status: "under_rereview", version: 1 });
    const events = await db.prisma.recognitionEvent.findMany({ where: { recognitionId: ended.id, kind: "expired" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.occurredOn.toISOString().slice(0, 10)).toBe("2026-06-01");
    expect(await db.prisma.auditLog.count({ where: { entityId: ended.id, action: "recognition.expire" } })).toBe(1);
    expect(await db.prisma.notification.count({ where: { userId: user.id, kind: "recognition.expire" } })).toBe(1);
    const runs = await db.prisma.jobRun.findMany({ where: { job: "expire-recognitions" }, orderBy: { startedAt: "asc" } });
    expect(runs.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
    expect((runs[0]!.result as { counts: { expired: number } }).counts.expired).toBe(1);
  });

  it("does not double-apply when runs overlap", async () => {
    const { company } = await firm();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (
          await createRecognition(db, {
            companyId: company.id,
            cityCode: FUZHOU,
            provinceCode: FUJIAN,
            tier: "innovative",
            validFrom: "2023-01-01",
            validUntil: "2025-12-31",
          })
        ).id,
      );
    }
    const runs = await Promise.all([1, 2, 3].map(() => runJobs({ trigger: "test", now: at("2026-06-02"), only: ["expire-recognitions"] })));
    const expired = runs.flat().reduce((sum, run) => sum + (run.counts.expired ?? 0), 0);
    expect(expired).toBe(5);
    expect(runs.flat().every((run) => run.status === "succeeded" || run.status === "skipped")).toBe(true);
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: { in: ids }, kind: "expired" } })).toBe(5);
    const versions = await db.prisma.recognition.findMany({ where: { id: { in: ids } }, select: { version: true, status: true } });
    expect(versions.every((r) => r.version === 2 && r.status === "expired")).toBe(true);
  });
});

describe("the annual data deadline job", () => {
  it("flags a title with no report after its deadline and records the lost right to re-review once", async () => {
    const { company } = await firm();
    const programme = await createProgramme(db, "innovative", 2025);
    const due = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2025-09-15",
      validUntil: "2028-09-14",
      programmeId: programme.id,
    });
    const tooNew = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2026-02-01",
      validUntil: "2029-01-31",
      programmeId: programme.id,
    });
    const official = await createActor(db, "municipal", FUZHOU);

    const before = await runJobs({ trigger: "test", now: at("2026-04-30"), only: ["annual-data-deadline"] });
    expect(before[0]!.counts.flagged).toBe(0);
    const first = await runJobs({ trigger: "test", now: at("2026-05-01"), only: ["annual-data-deadline"] });
    const second = await runJobs({ trigger: "test", now: at("2026-05-02"), only: ["annual-data-deadline"] });
    expect(first[0]!.counts.flagged).toBeGreaterThanOrEqual(1);
    expect(second[0]!.counts.flagged).toBe(0);

    const flagged = await db.prisma.recognition.findUniqueOrThrow({ where: { id: due.id } });
    expect(flagged.rereviewRightLost).toBe(true);
    expect(flagged.flaggedAt).not.toBeNull();
    expect(flagged.flagReason).toEqual({ items: [{ kind: "annual-data-missed", dataYear: 2025, deadline: "2026-04-30" }] });
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: due.id, kind: "annual_data_missed" } })).toBe(1);
    expect((await db.prisma.recognition.findUniqueOrThrow({ where: { id: tooNew.id } })).flaggedAt).toBeNull();
    expect(
      await db.prisma.notification.count({ where: { userId: official.id, kind: "recognition.annual_data_missed", link: `/staff/recognitions/${due.id}` } }),
    ).toBe(1);
  });

  it("reminds each firm once per stage before the deadline", async () => {
    const { company, user } = await firm();
    const programme = await createProgramme(db, "innovative", 2025);
    await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2025-03-01",
      validUntil: "2028-02-28",
      programmeId: programme.id,
    });
    await runJobs({ trigger: "test", now: at("2026-03-20"), only: ["annual-data-reminders"] });
    expect(await db.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    await runJobs({ trigger: "test", now: at("2026-04-01"), only: ["annual-data-reminders"] });
    await runJobs({ trigger: "test", now: at("2026-04-02"), only: ["annual-data-reminders"] });
    expect(await db.prisma.notification.count({ where: { userId: user.id, kind: "annual-report.reminder.30" } })).toBe(1);
    await runJobs({ trigger: "test", now: at("2026-04-25"), only: ["annual-data-reminders"] });
    await runJobs({ trigger: "test", now: at("2026-04-26"), only: ["annual-data-reminders"] });
    expect(await db.prisma.notification.count({ where: { userId: user.id, kind: "annual-report.reminder.7" } })).toBe(1);
  });
});

describe("re-review invitations and outcomes", () => {
  it("invites a holder once in the six months before expiry", async () => {
    const { company, user } = await firm();
    const recognition = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2023-09-01",
      validUntil: "2026-08-31",
    });
    const lost = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "specialized",
      validFrom: "2023-09-01",
      validUntil: "2026-08-31",
      rereviewRightLost: true,
    });
    await runJobs({ trigger: "test", now: at("2026-02-01"), only: ["rereview-invitations"] });
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: recognition.id, kind: "rereview_invited" } })).toBe(0);
    await runJobs({ trigger: "test", now: at("2026-03-15"), only: ["rereview-invitations"] });
    await runJobs({ trigger: "test", now: at("2026-03-16"), only: ["rereview-invitations"] });
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: recognition.id, kind: "rereview_invited" } })).toBe(1);
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: lost.id, kind: "rereview_invited" } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { userId: user.id, kind: "recognition.rereview_invited" } })).toBe(1);
    // The title that cannot be re-reviewed is not left to end unannounced: one warning, with its date, emailed.
    const warnings = await db.prisma.notification.findMany({
      where: { userId: user.id, kind: "recognition.expiry_warning" },
      select: { bodyZh: true, link: true },
    });
    expect(warnings).toEqual([{ bodyZh: expect.stringContaining("称号有效期至2026-08-31"), link: `/company/recognitions/${lost.id}` }]);
    expect(await db.prisma.outbox.count({ where: { userId: user.id, kind: "recognition.expiry_warning" } })).toBe(1);
  });

  it("renews a title whose re-review application was approved, and ends one whose re-review was rejected", async () => {
    const { company } = await firm();
    const programme = await createProgramme(db, "innovative", 2026);
    const passing = await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2023-09-01",
      validUntil: "2026-08-31",
      status: "under_rereview",
    });
    const approved = await createApplication(db, {
      companyId: company.id,
      programmeId: programme.id,
      tier: "innovative",
      status: "approved",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    const other = await firm();
    const failing = await createRecognition(db, {
      companyId: other.company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2023-09-01",
      validUntil: "2026-08-31",
      status: "under_rereview",
    });
    const rejected = await createApplication(db, {
      companyId: other.company.id,
      programmeId: programme.id,
      tier: "innovative",
      status: "rejected",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    for (const [recognitionId, applicationId] of [
      [passing.id, approved.id],
      [failing.id, rejected.id],
    ] as const) {
      await db.prisma.recognitionEvent.create({
        data: {
          recognitionId,
          companyId: (await db.prisma.recognition.findUniqueOrThrow({ where: { id: recognitionId } })).companyId,
          kind: "rereview_started",
          evidence: { applicationId },
          occurredOn: new Date("2026-04-01"),
        },
      });
    }
    const first = await runJobs({ trigger: "test", now: at("2026-09-10"), only: ["settle-rereviews", "expire-recognitions"] });
    const again = await runJobs({ trigger: "test", now: at("2026-09-11"), only: ["settle-rereviews", "expire-recognitions"] });
    expect(first.find((r) => r.job === "settle-rereviews")!.counts).toEqual({ renewed: 1, failed: 1 });
    expect(again.find((r) => r.job === "settle-rereviews")!.counts).toEqual({ renewed: 0, failed: 0 });

    const renewed = await db.prisma.recognition.findUniqueOrThrow({ where: { id: passing.id } });
    expect(renewed.status).toBe("active");
    expect(renewed.validUntil.toISOString().slice(0, 10)).toBe("2029-08-31");
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: approved.id } })).status).toBe("recognised");
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: passing.id, kind: "renewed" } })).toBe(1);
    const ended = await db.prisma.recognition.findUniqueOrThrow({ where: { id: failing.id } });
    expect(ended.status).toBe("expired");
    const exit = await db.prisma.recognitionEvent.findFirstOrThrow({ where: { recognitionId: failing.id, kind: "expired" } });
    expect(exit.reasonCategory).toBe("rereview_failed");
  });
});

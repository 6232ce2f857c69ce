import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { createRandom } from "@/lib/demo/random";
import { demoFacts } from "@/lib/seed/demo-facts";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import type { AnnualExplanation } from "@/lib/domain/annual-reports/annual-verdict";
import { annualReportFacts, annualReportInputSchema } from "@/lib/domain/annual-reports/annual-report-input";
import { submitAnnualReport } from "@/lib/services/annual-reports/submit-annual-report";
import { reevaluateAnnualReports } from "@/lib/services/annual-reports/reevaluate-annual-reports";
import type { FlagReason } from "@/lib/domain/recognitions/flag-reason";
import { clearFlag } from "@/lib/services/recognitions/clear-flag";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, XIAMEN, seedRegions } from "./support/fixtures";
import { createRecognition, ruleSetId } from "./support/recognitions";

let db: FreshDatabase;
let fuzhouOfficial: Actor;
let xiamenOfficial: Actor;
let province: Actor;
const now = new Date("2026-04-10T02:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  fuzhouOfficial = await createActor(db, "municipal", FUZHOU);
  xiamenOfficial = await createActor(db, "municipal", XIAMEN);
  province = await createActor(db, "provincial", FUJIAN);
});
afterAll(async () => db.destroy());

/** A specialized SME recognised in 2025 under specialized-2026 with strong figures on file. */
async function recognisedFirm() {
  const company = await createCompany(db, FUZHOU, FUJIAN);
  const actor = await createActor(db, "company", null, company.id);
  const programme = await createProgramme(db, "specialized", 2025);
  const application = await createApplication(db, {
    companyId: company.id,
    programmeId: programme.id,
    tier: "specialized",
    status: "recognised",
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
    year: 2025,
    facts: demoFacts(createRandom(11), 2025, "strong", 2005) as object,
  });
  const recognition = await createRecognition(db, {
    companyId: company.id,
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
    tier: "specialized",
    validFrom: "2025-10-20",
    validUntil: "2028-10-19",
    programmeId: programme.id,
    applicationId: application.id,
    ruleSetId: await ruleSetId(db, "specialized-2026"),
  });
  return { company, actor, recognition };
}

const form = (recognitionId: string, figures: Partial<Record<string, string>> = {}) =>
  annualReportInputSchema.parse({
    recognitionId,
    dataYear: "2025",
    revenue: "180000000",
    mainBusinessRevenue: "170000000",
    rdExpense: "12000000",
    netProfit: "9000000",
    totalAssets: "150000000",
    totalLiabilities: "60000000",
    employees: "600",
    rdStaff: "150",
    smeSize: "medium",
    ...figures,
  });

describe("annual data", () => {
  it("flags a firm whose R&D falls below the threshold, criterion by criterion, without cancelling it", async () => {
    const { actor, recognition } = await recognisedFirm();
    const outcome = await submitAnnualReport(actor, form(recognition.id, { revenue: "5000000", mainBusinessRevenue: "4500000", rdExpense: "400000" }), now);
    expect(outcome.flagged).toBe(true);
    const failed = outcome.explanation.failed.map((c) => c.id);
    // R&D of 400,000 yuan is below the 1,000,000 floor; revenue of 5 million is below 15 million,
    // but equity financing was never reported, so that alternative stays undecided and is not
    // held against the firm.
    expect(failed).toContain("rd-expense");
    expect(failed).not.toContain("revenue-or-financing");
    expect(outcome.explanation.ruleSet.code).toBe("specialized-2026");
    const rd = outcome.explanation.failed.find((c) => c.id === "rd-expense")!;
    expect(rd.passed).toBe(false);
    expect(rd.explanation.zh.length).toBeGreaterThan(0);
    expect(rd.title.en).toContain("1,000,000");

    const stored = await db.prisma.recognition.findUniqueOrThrow({ where: { id: recognition.id } });
    expect(stored.status).toBe("active");
    expect(stored.flaggedAt).not.toBeNull();
    const reason = stored.flagReason as unknown as FlagReason;
    expect(reason.items).toHaveLength(1);
    expect(reason.items[0]).toMatchObject({ kind: "criteria-not-met", dataYear: 2025 });
    const report = await db.prisma.annualReport.findFirstOrThrow({ where: { recognitionId: recognition.id } });
    expect(report.flagged).toBe(true);
    expect((report.evaluation as unknown as AnnualExplanation).failed.length).toBe(outcome.explanation.failed.length);
    const kinds = (await db.prisma.recognitionEvent.findMany({ where: { recognitionId: recognition.id }, orderBy: { createdAt: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(["entry", "annual_data_submitted", "flagged"]);
    // The firm's own city and province hear of it; another city does not.
    expect(await db.prisma.notification.count({ where: { userId: fuzhouOfficial.id, kind: "recognition.flagged" } })).toBe(1);
    expect(await db.prisma.notification.count({ where: { userId: province.id, kind: "recognition.flagged" } })).toBe(1);
    expect(await db.prisma.notification.count({ where: { userId: xiamenOfficial.id } })).toBe(0);
  });

  it("does not flag a firm whose data still meet every condition", async () => {
    const { actor, recognition } = await recognisedFirm();
    const outcome = await submitAnnualReport(actor, form(recognition.id), now);
    expect(outcome.flagged).toBe(false);
    expect(outcome.explanation.failed).toEqual([]);
    const stored = await db.prisma.recognition.findUniqueOrThrow({ where: { id: recognition.id } });
    expect(stored.flaggedAt).toBeNull();
  });

  it("takes one report per year and refuses a second one", async () => {
    const { actor, recognition } = await recognisedFirm();
    await submitAnnualReport(actor, form(recognition.id), now);
    const error = await submitAnnualReport(actor, form(recognition.id), now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(409);
    expect(await db.prisma.annualReport.count({ where: { recognitionId: recognition.id } })).toBe(1);
  });

  it("refuses a report for a year that is not due", async () => {
    const { actor, recognition } = await recognisedFirm();
    const error = (await submitAnnualReport(actor, form(recognition.id, { dataYear: "2024" }), now).catch((e: unknown) => e)) as DomainError;
    expect(error.status).toBe(400);
    expect(error.details.field).toBe("dataYear");
  });

  it("does not let a firm report for another firm's title", async () => {
    const { recognition } = await recognisedFirm();
    const other = await recognisedFirm();
    const error = (await submitAnnualReport(other.actor, form(recognition.id), now).catch((e: unknown) => e)) as DomainError;
    expect(error.status).toBe(404);
  });

  it("refuses main-business revenue above revenue at the form's schema, tied to the field", () => {
    const parsed = annualReportInputSchema.safeParse({
      ...form("00000000-0000-4000-8000-000000000000"),
      dataYear: "2025",
      mainBusinessRevenue: "999999999999",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toContain("mainBusinessRevenue");
  });

  it("lets the province clear a flag with a reason, and refuses a city official", async () => {
    const { actor, recognition } = await recognisedFirm();
    await submitAnnualReport(actor, form(recognition.id, { revenue: "5000000", mainBusinessRevenue: "4500000", rdExpense: "400000" }), now);
    const flagged = await db.prisma.recognition.findUniqueOrThrow({ where: { id: recognition.id } });
    const refused = (await clearFlag(fuzhouOfficial, { recognitionId: recognition.id, expectedVersion: flagged.version, reasonText: "x" }).catch(
      (e: unknown) => e,
    )) as DomainError;
    expect(refused.status).toBe(403);
    await clearFlag(province, { recognitionId: recognition.id, expectedVersion: flagged.version, reasonText: "一次性因素，经核实仍符合条件" }, now);
    const cleared = await db.prisma.recognition.findUniqueOrThrow({ where: { id: recognition.id } });
    expect(cleared.flaggedAt).toBeNull();
    expect(cleared.version).toBe(flagged.version + 1);
    const event = await db.prisma.recognitionEvent.findFirstOrThrow({ where: { recognitionId: recognition.id, kind: "flag_cleared" } });
    expect(event.reasonText).toContain("一次性");
    expect(await db.prisma.auditLog.count({ where: { entityId: recognition.id, action: "recognition.clear_flag" } })).toBe(1);
  });

  it("re-evaluates a year's reports in bulk with the same verdicts, flagging each title once", async () => {
    const failing = await recognisedFirm();
    const passing = await recognisedFirm();
    // Reports imported without a verdict (e.g. from a provincial system).
    const importReport = async (firm: Awaited<ReturnType<typeof recognisedFirm>>, figures: Partial<Record<string, string>>) => {
      const input = form(firm.recognition.id, figures);
      await db.prisma.annualReport.create({
        data: { recognitionId: firm.recognition.id, companyId: firm.company.id, dataYear: 2025, facts: annualReportFacts(input) as object },
      });
    };
    await importReport(failing, { revenue: "5000000", mainBusinessRevenue: "4500000", rdExpense: "400000" });
    await importReport(passing, {});
    const run = () => reevaluateAnnualReports({ tx: db.prisma, sql: db.sql }, { dataYear: 2025, asOf: "2026-05-15", batchSize: 1 });
    const first = await run();
    expect(first.reports).toBeGreaterThanOrEqual(2);
    const second = await run();
    expect(second.newlyFlagged).toBe(0);
    const [bad, good] = await Promise.all([
      db.prisma.annualReport.findFirstOrThrow({ where: { recognitionId: failing.recognition.id } }),
      db.prisma.annualReport.findFirstOrThrow({ where: { recognitionId: passing.recognition.id } }),
    ]);
    expect(bad.flagged).toBe(true);
    expect((bad.evaluation as unknown as AnnualExplanation).failed.map((c) => c.id)).toContain("rd-expense");
    expect(good.flagged).toBe(false);
    const title = await db.prisma.recognition.findUniqueOrThrow({ where: { id: failing.recognition.id } });
    expect((title.flagReason as unknown as FlagReason).items).toHaveLength(1);
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: failing.recognition.id, kind: "flagged" } })).toBe(1);
    expect((await db.prisma.recognition.findUniqueOrThrow({ where: { id: passing.recognition.id } })).flaggedAt).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { changeReportInputSchema } from "@/lib/domain/change-reports/change-report-input";
import { listChangeReports } from "@/lib/services/change-reports/list-change-reports";
import { changeReportDeadline, submitChangeReport } from "@/lib/services/change-reports/submit-change-report";
import { parseStaffFilters } from "@/lib/domain/recognitions/list-filters";
import { listRecognitions } from "@/lib/services/recognitions/list-recognitions";
import { recognitionDetail } from "@/lib/services/recognitions/recognition-detail";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, createProgramme, FUJIAN, FUZHOU, SHANXI, TAIYUAN, XIAMEN, seedRegions } from "./support/fixtures";
import { createRecognition } from "./support/recognitions";

let db: FreshDatabase;
let fuzhou: Actor;
let xiamen: Actor;
let fujian: Actor;
let ministry: Actor;
const now = new Date("2026-06-01T02:00:00Z");
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  fuzhou = await createActor(db, "municipal", FUZHOU);
  xiamen = await createActor(db, "municipal", XIAMEN);
  fujian = await createActor(db, "provincial", FUJIAN);
  ministry = await createActor(db, "ministry");
  const programme = await createProgramme(db, "innovative", 2025);
  const place = async (
    key: string,
    city: string,
    province: string,
    extra: { reported?: boolean; flagged?: boolean; tier?: "innovative" | "little_giant" } = {},
  ) => {
    const company = await createCompany(db, city, province);
    const recognition = await createRecognition(db, {
      companyId: company.id,
      cityCode: city,
      provinceCode: province,
      tier: extra.tier ?? "innovative",
      validFrom: "2025-09-15",
      validUntil: "2028-09-14",
      programmeId: programme.id,
    });
    if (extra.reported) await db.prisma.annualReport.create({ data: { recognitionId: recognition.id, companyId: company.id, dataYear: 2025, facts: {} } });
    if (extra.flagged) await db.prisma.recognition.update({ where: { id: recognition.id }, data: { flaggedAt: now, flagReason: { items: [] } } });
    ids[key] = recognition.id;
    return company;
  };
  await place("fuzhouOverdue", FUZHOU, FUJIAN);
  await place("fuzhouReported", FUZHOU, FUJIAN, { reported: true, flagged: true });
  await place("xiamen", XIAMEN, FUJIAN, { reported: true });
  await place("taiyuan", TAIYUAN, SHANXI, { reported: true, tier: "little_giant" });
});
afterAll(async () => db.destroy());

const filters = (params: Record<string, string> = {}) => parseStaffFilters(params);

describe("the officials' list of recognitions", () => {
  it("shows a city official only the titles of the city", async () => {
    const { rows, total } = await listRecognitions(fuzhou, filters(), now);
    expect(total).toBe(2);
    expect(rows.map((r) => r.id).sort()).toEqual([ids.fuzhouOverdue, ids.fuzhouReported].sort());
  });

  it("shows a province its own province and the ministry the whole country", async () => {
    expect((await listRecognitions(fujian, filters(), now)).total).toBe(3);
    expect((await listRecognitions(ministry, filters(), now)).total).toBe(4);
  });

  it("filters the flagged titles and the titles whose annual data are overdue", async () => {
    const flagged = await listRecognitions(fujian, filters({ flagged: "1" }), now);
    expect(flagged.rows.map((r) => r.id)).toEqual([ids.fuzhouReported]);
    const overdue = await listRecognitions(fujian, filters({ overdue: "1" }), now);
    expect(overdue.rows.map((r) => r.id)).toEqual([ids.fuzhouOverdue]);
    expect(overdue.rows[0]!.overdue).toBe(true);
    // Before the deadline nothing is overdue yet.
    expect((await listRecognitions(fujian, filters({ overdue: "1" }), new Date("2026-04-20T02:00:00Z"))).total).toBe(0);
  });

  it("filters by tier and paginates", async () => {
    expect((await listRecognitions(ministry, filters({ tier: "little_giant" }), now)).rows.map((r) => r.id)).toEqual([ids.taiyuan]);
    const page = await listRecognitions(ministry, filters({ size: "20", page: "2" }), now);
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(0);
  });

  it("refuses a company and hides another city's title from a city official", async () => {
    const company = await createCompany(db, FUZHOU, FUJIAN);
    const user = await createActor(db, "company", null, company.id);
    await expect(listRecognitions(user, filters(), now)).rejects.toBeInstanceOf(DomainError);
    const error = (await recognitionDetail(xiamen, ids.fuzhouOverdue!, now).catch((e: unknown) => e)) as DomainError;
    expect(error.status).toBe(404);
  });
});

/** A loose evidence file of the firm's user, as the upload route leaves it before the report is submitted. */
async function evidence(user: Actor) {
  const document = await db.prisma.document.create({
    data: {
      section: "change-report",
      fileName: "licence.pdf",
      storageKey: `${crypto.randomUUID()}.pdf`,
      mimeType: "application/pdf",
      size: 10,
      sha256: "0".repeat(64),
      uploadedById: user.id,
    },
  });
  return document.id;
}

describe("change reports", () => {
  it("reaches the firm's own officials and lists only in their jurisdiction", async () => {
    const company = await createCompany(db, FUZHOU, FUJIAN);
    const user = await createActor(db, "company", null, company.id);
    const input = changeReportInputSchema.parse({
      kind: "rename",
      effectiveOn: "2026-05-20",
      newNameZh: "福州新材料科技有限公司",
      documentIds: await evidence(user),
    });
    const outcome = await submitChangeReport(user, input, now);
    expect(outcome).toMatchObject({ late: false, deadline: "2026-08-20" });
    expect(await db.prisma.notification.count({ where: { userId: fuzhou.id, kind: "change-report.submitted" } })).toBe(1);
    expect(await db.prisma.notification.count({ where: { userId: xiamen.id, kind: "change-report.submitted" } })).toBe(0);
    expect((await listChangeReports(fuzhou, { page: 1, size: 20 })).rows.map((r) => r.id)).toContain(outcome.changeReportId);
    expect((await listChangeReports(xiamen, { page: 1, size: 20 })).total).toBe(0);
    expect((await listChangeReports(user, { page: 1, size: 20 })).total).toBe(1);
  });

  it("marks a report made after three months as late and refuses a future date", async () => {
    const company = await createCompany(db, FUZHOU, FUJIAN);
    const user = await createActor(db, "company", null, company.id);
    const late = await submitChangeReport(
      user,
      changeReportInputSchema.parse({ kind: "move", effectiveOn: "2026-01-31", newRegionCode: TAIYUAN, documentIds: await evidence(user) }),
      now,
    );
    expect(late).toMatchObject({ late: true, deadline: "2026-04-30" });
    const future = (await submitChangeReport(
      user,
      changeReportInputSchema.parse({ kind: "merger", effectiveOn: "2026-07-01", description: "x", documentIds: await evidence(user) }),
      now,
    ).catch((e: unknown) => e)) as DomainError;
    expect(future.details.field).toBe("effectiveOn");
    expect(changeReportDeadline("2025-11-30")).toBe("2026-02-28");
  });
});

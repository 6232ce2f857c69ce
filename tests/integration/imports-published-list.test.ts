import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { buildCreditCode } from "@/lib/company/credit-code";
import { DomainError } from "@/lib/errors/domain-error";
import { importPublishedList } from "@/lib/services/imports/import-published-list";
import { parsePublishedList } from "@/lib/services/imports/parse-published-list";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, FUJIAN, FUZHOU, seedRegions, SHANXI } from "./support/fixtures";
import { publishedListCsv } from "./support/published-list";

let db: FreshDatabase;
let nationalAdmin: Actor;
let fujianAdmin: Actor;
let fujianOfficial: Actor;
const NOW = new Date("2026-11-22T04:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  [nationalAdmin, fujianAdmin, fujianOfficial] = await Promise.all([
    createActor(db, "administrator"),
    createActor(db, "administrator", FUJIAN),
    createActor(db, "provincial", FUJIAN),
  ]);
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

describe("reading a published list", () => {
  it("reports row-level errors: a wrong check character, an unknown region, an unknown title, a bad date, duplicates", () => {
    const good = buildCreditCode("91", "350100", "MA0000001");
    const badCheck = good.slice(0, 17) + (good.endsWith("0") ? "1" : "0");
    const csv = [
      "企业名称,统一社会信用代码,省份,称号,批次,年度,公告日期",
      `甲有限公司,${good},福建,专精特新,第一批,2025,2025-10-20`,
      `乙有限公司,${badCheck},福建,专精特新,第一批,2025,2025-10-20`,
      `丙有限公司,,火星省,专精特新,第一批,2025,2025-10-20`,
      `丁有限公司,,福建,优秀企业,第一批,2025,2025-10-20`,
      `戊有限公司,,福建,专精特新,第一批,2025,2025年13月1日`,
      `甲有限公司,${good},福建,专精特新,1,2025,2025/10/20`,
    ].join("\n");
    const parsed = parsePublishedList(csv);
    expect(parsed.total).toBe(6);
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors.map((e) => [e.line, e.field])).toEqual([
      [3, "creditCode"],
      [4, "province"],
      [5, "tier"],
      [6, "announcedOn"],
      [7, "duplicate"],
    ]);
    expect(parsed.errors[0]!.message.zh).toContain("校验位");
  });

  it("names the missing columns", () => {
    const parsed = parsePublishedList("企业名称,省份\n甲,福建");
    expect(parsed.errors[0]).toMatchObject({ line: 1, field: "header" });
    expect(parsed.errors[0]!.message.zh).toContain("称号");
  });
});

describe("importing a published list", () => {
  it("a dry run reports what would happen and writes nothing", async () => {
    const csv = publishedListCsv({ count: 20, tag: "DRY" });
    const report = await importPublishedList(fujianAdmin, csv, { dryRun: true }, NOW);
    expect(report).toMatchObject({ committed: false, total: 20, valid: 20, errors: [], companiesToCreate: 20, recognitionsToCreate: 20, alreadyPresent: 0 });
    expect(report.batches).toMatchObject([{ tier: "specialized", year: 2025, authorityCode: FUJIAN, ordinal: 1, exists: false, rows: 20, toAdd: 20 }]);
    expect(await db.prisma.company.count({ where: { creditCode: { contains: "DRY" } } })).toBe(0);
    expect(await db.prisma.batch.count()).toBe(0);
  });

  it("commits in one go, and importing the same file twice adds nothing", async () => {
    const csv = publishedListCsv({ count: 30, tag: "TWC", announcedOn: "2025-10-20" });
    const first = await importPublishedList(fujianAdmin, csv, { dryRun: false }, NOW);
    expect(first).toMatchObject({ committed: true, recognitionsToCreate: 30, companiesToCreate: 30 });
    const batch = await db.prisma.batch.findFirstOrThrow({ where: { tier: "specialized", authorityCode: FUJIAN, year: 2025, ordinal: 1 } });
    expect(batch).toMatchObject({ status: "announced" });
    expect(batch.announcedOn?.toISOString().slice(0, 10)).toBe("2025-10-20");
    const recognitions = await db.prisma.recognition.findMany({ where: { batchId: batch.id } });
    expect(recognitions).toHaveLength(30);
    expect(recognitions[0]!.validUntil.toISOString().slice(0, 10)).toBe("2028-10-19");
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: { in: recognitions.map((r) => r.id) }, kind: "entry" } })).toBe(30);

    const second = await importPublishedList(fujianAdmin, csv, { dryRun: false }, NOW);
    expect(second).toMatchObject({ committed: true, recognitionsToCreate: 0, companiesToCreate: 0, alreadyPresent: 30 });
    expect(await db.prisma.recognition.count({ where: { batchId: batch.id } })).toBe(30);
    expect(await db.prisma.auditLog.count({ where: { action: "import.published_list" } })).toBe(2);
  });

  it("matches a firm named without a credit code to the one firm of that name in the province, and refuses an unknown one", async () => {
    const known = await createCompany(db, FUZHOU, FUJIAN, { nameZh: "福州已登记精密机械有限公司" });
    const csv = [
      "企业名称,统一社会信用代码,省份,称号,批次,年度,公告日期",
      `${known.nameZh},,福建省,创新型中小企业,第二批,2025,2025-11-01`,
      "从未登记过的企业有限公司,,福建省,创新型中小企业,第二批,2025,2025-11-01",
    ].join("\n");
    const dry = await importPublishedList(fujianAdmin, csv, { dryRun: true }, NOW);
    expect(dry.errors.map((e) => [e.line, e.field])).toEqual([[3, "creditCode"]]);
    const error = await refusal(importPublishedList(fujianAdmin, csv, { dryRun: false }, NOW));
    expect(error.status).toBe(400);
    expect(await db.prisma.batch.count({ where: { tier: "innovative", ordinal: 2 } })).toBe(0);
    const fixed = await importPublishedList(fujianAdmin, csv.split("\n").slice(0, 2).join("\n"), { dryRun: false }, NOW);
    expect(fixed).toMatchObject({ committed: true, recognitionsToCreate: 1, companiesToCreate: 0 });
    expect(await db.prisma.recognition.count({ where: { companyId: known.id } })).toBe(1);
  });

  it("is all or nothing: a failure midway (a certificate number already taken) leaves nothing behind", async () => {
    const csv = publishedListCsv({ count: 10, tag: "AKN", batch: "第三批", announcedOn: "2025-12-01" });
    // Take the sixth certificate number the import would give, so the insert fails after the firms and the batch were written.
    const squatter = await createCompany(db, FUZHOU, FUJIAN);
    await db.prisma.recognition.create({
      data: {
        certificateNo: "ZJTX-350000-2025-03-000006",
        companyId: squatter.id,
        tier: "specialized",
        year: 2025,
        validFrom: new Date("2025-01-01"),
        validUntil: new Date("2027-12-31"),
        provinceCode: FUJIAN,
        cityCode: FUZHOU,
        industryCode: "C34",
      },
    });
    await expect(importPublishedList(fujianAdmin, csv, { dryRun: false }, NOW)).rejects.toThrow();
    expect(await db.prisma.company.count({ where: { creditCode: { contains: "AKN" } } })).toBe(0);
    expect(await db.prisma.batch.count({ where: { tier: "specialized", year: 2025, ordinal: 3 } })).toBe(0);
  });

  it("a provincial administrator may import only its own province's tier 1–2 lists; others may not import at all", async () => {
    const shanxi = publishedListCsv({ count: 2, tag: "HXA", province: "山西省", division: "140100" });
    const report = await importPublishedList(fujianAdmin, shanxi, { dryRun: true }, NOW);
    expect(report.errors.map((e) => e.field)).toEqual(["province", "province"]);
    const giants = publishedListCsv({ count: 2, tag: "LGT", tier: "专精特新“小巨人”企业", batch: "第六批", year: 2024, announcedOn: "2024-08-09" });
    expect((await importPublishedList(fujianAdmin, giants, { dryRun: true }, NOW)).errors).toHaveLength(2);
    const national = await importPublishedList(nationalAdmin, giants, { dryRun: false }, NOW);
    expect(national).toMatchObject({ committed: true, recognitionsToCreate: 2 });
    // A title announced in August 2024 for three years is still valid on 2026-11-22.
    const stored = await db.prisma.recognition.findMany({ where: { tier: "little_giant", year: 2024 } });
    expect(stored.every((r) => r.status === "active")).toBe(true);
    expect((await refusal(importPublishedList(fujianOfficial, giants, { dryRun: true }, NOW))).status).toBe(403);
    expect(SHANXI).toBe("140000");
  });

  it("imports a list of 3,000 firms in one transaction", async () => {
    const csv = publishedListCsv({ count: 3_000, tag: "BGG", tier: "创新型中小企业", batch: "第四批", announcedOn: "2025-12-10" });
    const started = performance.now();
    const result = await importPublishedList(fujianAdmin, csv, { dryRun: false }, NOW);
    console.log(`imported 3,000 firms in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(result.recognitionsToCreate).toBe(3_000);
  }, 120_000);
});

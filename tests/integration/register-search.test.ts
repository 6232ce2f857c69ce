import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Actor } from "@/lib/auth/roles";
import { importPublishedList } from "@/lib/services/imports/import-published-list";
import { certificateFor } from "@/lib/services/certificates/certificate-for";
import { announcedBatch, announcedBatches } from "@/lib/services/register/announced-batches";
import { companyProfile } from "@/lib/services/register/company-profile";
import { registerCsvStream, registerRowPages, registerXlsxStream } from "@/lib/services/register/export-register";
import { parseRegisterQuery, registerQueryFromParams, registerQueryToParams } from "@/lib/domain/register/register-query";
import type { RegisterRow } from "@/lib/services/register/register-rows";
import { searchRegister } from "@/lib/services/register/search-register";
import { registerStatistics } from "@/lib/services/register/statistics";
import { recognitionIdByCertificate, verifyRecognition } from "@/lib/services/register/verify-recognition";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, seedRegions } from "./support/fixtures";
import { publishedListCsv } from "./support/published-list";

let db: FreshDatabase;
let admin: Actor;
const NOW = new Date("2026-11-22T04:00:00Z");
const query = (params: Record<string, string>) => registerQueryFromParams(params);

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  admin = await createActor(db, "administrator");
  const lists = [
    publishedListCsv({ count: 40, tag: "FJA", names: (i) => (i === 0 ? "福州星海精密机械有限公司" : `福建测试${i}号科技有限公司`) }),
    publishedListCsv({ count: 25, tag: "HXB", province: "山西省", division: "140100", tier: "创新型中小企业", names: (i) => `山西测试${i}号材料有限公司` }),
    publishedListCsv({
      count: 12,
      tag: "LGA",
      tier: "小巨人",
      batch: "第一批",
      year: 2019,
      announcedOn: "2019-06-21",
      names: (i) => `小巨人测试${i}号装备有限公司`,
    }),
    publishedListCsv({ count: 4_100, tag: "BLK", tier: "创新型中小企业", batch: "第二批", announcedOn: "2025-11-01", names: (i) => `批量"引号",逗号${i}公司` }),
  ];
  for (const csv of lists) {
    const report = await importPublishedList(admin, csv, { dryRun: false }, NOW);
    expect(report.errors).toEqual([]);
  }
  // One revoked title.
  const star = await db.prisma.recognition.findFirstOrThrow({ where: { company: { nameZh: "福建测试1号科技有限公司" } } });
  await db.prisma.recognition.update({ where: { id: star.id }, data: { status: "revoked" } });
}, 180_000);
afterAll(async () => db.destroy());

describe("searching the public register", () => {
  it("finds a firm by part of its Chinese name", async () => {
    const page = await searchRegister(query({ q: "星海精密" }), NOW);
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({
      companyName: "福州星海精密机械有限公司",
      tier: "specialized",
      status: "active",
      provinceName: { zh: "福建省", en: "Fujian" },
    });
  });

  it("finds exactly the firms whose name contains the text, for one character, quotes, wildcards and injection-shaped text", async () => {
    // The bigram index only narrows; the answer must be what a plain substring match gives.
    for (const text of ["号", "测试1", "测试12号", '"引号"', "逗号4099", "号公司", "' OR 1=1 --", "100%", "_", "\\", "星海精密机械", "不存在的名字"]) {
      // Prisma's contains passes LIKE wildcards through, so they are escaped here to mean themselves.
      const expected = await db.prisma.recognition.count({ where: { company: { nameZh: { contains: text.replace(/[\\%_]/g, "\\$&") } } } });
      const page = await searchRegister(query({ q: text }), NOW);
      expect({ text, total: page.total }).toEqual({ text, total: expected });
      for (const row of page.rows) expect(row.companyName).toContain(text);
    }
    expect((await searchRegister(query({ q: "号" }), NOW)).total).toBeGreaterThan(4_000);
    // Text the database cannot take is a 400 for the API and dropped from a shared page link.
    for (const q of ["a\u0000b", "\ud800x"]) {
      expect(parseRegisterQuery({ q }).success).toBe(false);
      expect(query({ q }).q).toBeUndefined();
    }
  });

  it("never serves a cached page after the register changed, and a rolled-back change does not count", async () => {
    const before = await searchRegister(query({ q: "山西测试7号" }), NOW);
    expect(before.rows[0]!.status).toBe("active");
    const version = async () => (await db.sql.query<{ v: string }>("SELECT last_value::text AS v FROM register_version"))[0]!.v;
    const atStart = await version();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.recognition.update({ where: { id: before.rows[0]!.id }, data: { status: "withdrawn" } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await version()).toBe(atStart);
    expect((await searchRegister(query({ q: "山西测试7号" }), NOW)).rows[0]!.status).toBe("active");
    await db.prisma.company.update({ where: { creditCode: before.rows[0]!.creditCode }, data: { nameZh: "山西测试7号新材料有限公司" } });
    await db.prisma.recognition.update({ where: { id: before.rows[0]!.id }, data: { status: "withdrawn" } });
    const after = await searchRegister(query({ q: "山西测试7号" }), NOW);
    expect(after.rows[0]).toMatchObject({ status: "withdrawn", companyName: "山西测试7号新材料有限公司" });
    expect(await version()).not.toBe(atStart);
    await db.prisma.recognition.update({ where: { id: before.rows[0]!.id }, data: { status: "active" } });
  });

  it("every page and sort of a search shares its count, which is taken again after a change", async () => {
    const search = (extra: Record<string, string>) => searchRegister(query({ q: "山西测试", status: "active", ...extra }), NOW);
    expect((await search({})).total).toBe(25);
    const second = await search({ page: "2", sort: "name", dir: "asc" });
    expect([second.total, second.rows.length]).toEqual([25, 5]);
    const firm = second.rows[0]!;
    await db.prisma.recognition.update({ where: { id: firm.id }, data: { status: "withdrawn" } });
    try {
      const after = await search({ page: "2", sort: "name", dir: "asc" });
      expect([after.total, after.rows.length]).toEqual([24, 4]);
      expect(after.rows.map((r) => r.id)).not.toContain(firm.id);
      expect((await search({ pageSize: "50" })).total).toBe(24);
    } finally {
      await db.prisma.recognition.update({ where: { id: firm.id }, data: { status: "active" } });
    }
  });

  it("finds a firm by the start of its credit code", async () => {
    const code = (await db.prisma.company.findFirstOrThrow({ where: { nameZh: "山西测试3号材料有限公司" } })).creditCode;
    const page = await searchRegister(query({ q: code.slice(0, 14).toLowerCase() }), NOW);
    expect(page.rows.map((r) => r.creditCode)).toContain(code);
    expect((await searchRegister(query({ q: code }), NOW)).total).toBe(1);
  });

  it("filters by tier, province, year and status, and tells expired and revoked titles apart", async () => {
    expect((await searchRegister(query({ tier: "innovative", province: "140000" }), NOW)).total).toBe(25);
    expect((await searchRegister(query({ tier: "little_giant", year: "2019" }), NOW)).total).toBe(12);
    // 2019 titles ended in 2022: they are listed as expired, not valid.
    expect((await searchRegister(query({ tier: "little_giant", status: "active" }), NOW)).total).toBe(0);
    expect((await searchRegister(query({ tier: "little_giant", status: "expired" }), NOW)).total).toBe(12);
    const revoked = await searchRegister(query({ status: "revoked" }), NOW);
    expect(revoked.rows.map((r) => r.companyName)).toEqual(["福建测试1号科技有限公司"]);
    expect((await searchRegister(query({ q: "福建测试", status: "active" }), NOW)).total).toBe(38);
  });

  it("sorts and pages, and a page past the end shows the last one", async () => {
    const byName = await searchRegister(query({ province: "140000", sort: "name", dir: "asc", pageSize: "20" }), NOW);
    expect(byName.pageCount).toBe(2);
    const names = byName.rows.map((r) => r.companyName);
    expect(names).toEqual([...names].sort());
    const last = await searchRegister(query({ province: "140000", page: "99" }), NOW);
    expect(last.page).toBe(2);
    expect(last.rows).toHaveLength(5);
  });

  it("pages through a search in every order without repeating or skipping a firm", async () => {
    const keyOf: Record<"year" | "validUntil" | "province" | "name", (r: RegisterRow) => string | number> = {
      year: (r) => r.year,
      validUntil: (r) => r.validUntil,
      province: (r) => r.provinceCode,
      name: (r) => r.companyName,
    };
    for (const sort of ["year", "validUntil", "province", "name"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        const rows: RegisterRow[] = [];
        for (let page = 1; page <= 4; page++) rows.push(...(await searchRegister(query({ q: "测试", sort, dir, page: String(page) }), NOW)).rows);
        expect(new Set(rows.map((r) => r.id)).size).toBe(40 + 25 + 12 - 1);
        const keys = rows.map(keyOf[sort]);
        const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(keys).toEqual(dir === "asc" ? sorted : sorted.reverse());
      }
    }
  });

  it("a search is a shareable URL: parameters round-trip, bad ones are a 400 for the API and dropped by the page", () => {
    const parsed = query({ q: "精密", tier: "specialized", status: "active", page: "2" });
    expect(registerQueryToParams(parsed).toString()).toBe("q=%E7%B2%BE%E5%AF%86&tier=specialized&status=active&page=2");
    const bad = parseRegisterQuery(new URLSearchParams("tier=gold&pageSize=7"));
    expect(bad.success).toBe(false);
    const lenient = query({ tier: "gold", q: "x" });
    expect(lenient.q).toBe("x");
    expect(lenient.tier).toBeUndefined();
  });
});

describe("exporting a search", () => {
  it("streams every matching row as CSV, page by page, with names quoted correctly", async () => {
    const stream = registerCsvStream(query({ q: "批量" }), "zh", NOW);
    const reader = stream.getReader();
    let text = "";
    let chunks = 0;
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      text += decoder.decode(value, { stream: true });
    }
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(4_101);
    expect(rows[0]![0]).toBe("证书编号");
    expect(rows.slice(1).some((r) => r[1] === '批量"引号",逗号7公司')).toBe(true);
    // Header plus three pages of at most 2,000 rows: the rows were never held at once.
    expect(chunks).toBe(4);
  });

  it("pages by keyset without repeating or skipping a row", async () => {
    const seen = new Set<string>();
    let pages = 0;
    for await (const page of registerRowPages(query({}), NOW, 500)) {
      pages += 1;
      for (const row of page) seen.add(row.id);
    }
    expect(seen.size).toBe(40 + 25 + 12 + 4_100);
    expect(pages).toBe(Math.ceil(seen.size / 500));
  });

  it("streams the same search as an Excel workbook", async () => {
    const stream = registerXlsxStream(query({ province: "140000" }), "en", NOW);
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(26);
    expect(sheet.getRow(1).getCell(1).value).toBe("Certificate no.");
  });
});

describe("public pages' data", () => {
  it("lists announced batches by authority, tier and year", async () => {
    const all = await announcedBatches({ page: 1 });
    expect(all.total).toBe(4);
    const national = await announcedBatches({ authority: "national", page: 1 });
    expect(national.rows).toMatchObject([{ tier: "little_giant", year: 2019, firms: 12, authority: { zh: "工业和信息化部" } }]);
    expect((await announcedBatches({ authority: "140000", tier: "innovative", page: 1 })).total).toBe(1);
    expect(await announcedBatch(national.rows[0]!.id)).toMatchObject({ announcedOn: "2019-06-21" });
  });

  it("shows a firm's titles and entry/exit history by its credit code", async () => {
    const company = await db.prisma.company.findFirstOrThrow({ where: { nameZh: "小巨人测试0号装备有限公司" } });
    const profile = await companyProfile(company.creditCode, NOW);
    expect(profile?.recognitions).toMatchObject([{ tier: "little_giant", status: "expired", validUntil: "2022-06-20" }]);
    expect(profile?.events.map((e) => e.kind)).toEqual(["entry", "expired"]);
    expect(await companyProfile("91350100M000100Y40", NOW)).toBeNull();
  });

  it("verifies a title: valid, expired or revoked today", async () => {
    const active = await db.prisma.recognition.findFirstOrThrow({ where: { company: { nameZh: "福州星海精密机械有限公司" } } });
    expect((await verifyRecognition(active.id, NOW))?.status).toBe("active");
    const revoked = await db.prisma.recognition.findFirstOrThrow({ where: { status: "revoked" } });
    expect((await verifyRecognition(revoked.id, NOW))?.status).toBe("revoked");
    expect(await verifyRecognition("not-a-uuid", NOW)).toBeNull();
  });

  it("finds a title by the number printed on its certificate, forgiving spaces and lower case", async () => {
    const active = await db.prisma.recognition.findFirstOrThrow({ where: { company: { nameZh: "福州星海精密机械有限公司" } } });
    expect(await recognitionIdByCertificate(active.certificateNo)).toBe(active.id);
    expect(await recognitionIdByCertificate(`  ${active.certificateNo.toLowerCase()} `)).toBe(active.id);
    expect(await recognitionIdByCertificate(`${active.certificateNo}9`)).toBeNull();
    for (const notANumber of ["", "   ", "%", "XJR' OR '1'='1", "a\u0000b", "x".repeat(65)]) expect(await recognitionIdByCertificate(notANumber)).toBeNull();
  });

  it("counts valid titles by province, tier and industry, and recognitions by year", async () => {
    const stats = await registerStatistics(NOW);
    expect(stats.byTier.find((t) => t.key === "specialized")?.count).toBe(39);
    expect(stats.byTier.find((t) => t.key === "little_giant")?.count).toBe(0);
    expect(stats.byProvince.find((p) => p.key === "140000")).toMatchObject({ count: 25, label: { zh: "山西省" } });
    expect(stats.byYear.find((y) => y.year === 2019)).toMatchObject({ little_giant: 12 });
  });

  it("renders a certificate PDF whose QR code points at the verification page", async () => {
    const recognition = await db.prisma.recognition.findFirstOrThrow({ where: { company: { nameZh: "福州星海精密机械有限公司" } } });
    const result = await certificateFor(recognition.id, "http://127.0.0.1:3000", NOW);
    expect(result?.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(result?.pdf.length).toBeGreaterThan(5_000);
    expect(result?.certificateNo).toBe(recognition.certificateNo);
    expect(result?.verifyUrl).toBe(`http://127.0.0.1:3000/verify/${recognition.id}`);
    expect(await certificateFor("00000000-0000-4000-8000-000000000000", "http://x", NOW)).toBeNull();
  });
});

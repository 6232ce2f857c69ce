import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { importPublishedList } from "@/lib/services/imports/import-published-list";
import { registerCsvStream, registerXlsxStream } from "@/lib/services/register/export-register";
import { registerQueryFromParams } from "@/lib/domain/register/register-query";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, seedRegions } from "./support/fixtures";
import { publishedListCsv } from "./support/published-list";

/**
 * Firms whose names a spreadsheet would run as formulas, in the public register's export: the
 * CSV carries them neutralised (a leading quote, the cell quoted), the workbook as text cells.
 */
const HOSTILE_NAMES = ["=1+1", "@SUM(A1:A9)", "+1+2有限公司", "-2+3科技有限公司", '=HYPERLINK("https://evil.example","点击")'];
const NOW = new Date("2026-11-22T04:00:00Z");
let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  const admin = await createActor(db, "administrator");
  const names = [...HOSTILE_NAMES, "太原正常名称材料有限公司"];
  const csv = publishedListCsv({ count: names.length, tag: "FML", province: "山西省", division: "140100", tier: "创新型中小企业", names: (i) => names[i]! });
  const report = await importPublishedList(admin, csv, { dryRun: false }, NOW);
  expect(report.errors).toEqual([]);
}, 120_000);
afterAll(async () => db.destroy());

const query = registerQueryFromParams({ province: "140000" });

describe("exporting names that look like formulas", () => {
  it("the CSV neutralises every such name with a leading quote and leaves other names alone", async () => {
    const text = await new Response(registerCsvStream(query, "zh", NOW)).text();
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.slice(1);
    const names = rows.map((r) => r[1]!);
    for (const name of HOSTILE_NAMES) expect(names).toContain(`'${name}`);
    expect(names).toContain("太原正常名称材料有限公司");
    // No cell of any row begins with a character that starts a formula.
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    // The raw text quotes the neutralised cells, so a reader that splits on commas sees them whole.
    expect(text).toContain(`"'=1+1"`);
    expect(text).toContain(`"'@SUM(A1:A9)"`);
  });

  it("the workbook stores such names as text cells, never as formulas", async () => {
    const bytes = Buffer.from(await new Response(registerXlsxStream(query, "zh", NOW)).arrayBuffer());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) cells.push(row.getCell(2));
    });
    expect(cells).toHaveLength(HOSTILE_NAMES.length + 1);
    for (const name of HOSTILE_NAMES) {
      const cell = cells.find((c) => c.value === name);
      expect(cell, name).toBeDefined();
      expect(cell!.type).toBe(ExcelJS.ValueType.String);
      expect(cell!.formula).toBeUndefined();
    }
  });
});

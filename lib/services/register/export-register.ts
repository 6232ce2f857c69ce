import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { csvLine, csvLines } from "@/lib/http/csv";
import { chinaDate, systemNow } from "@/lib/calendar/today";
import { pick, PUBLIC_STATUS_LABELS, TIER_LABELS, type Locale } from "@/lib/domain/register/labels";
import type { RegisterQuery } from "@/lib/domain/register/register-query";
import { registerPageSql, toRegisterRow, type RegisterRow, type RegisterRowRecord } from "./register-rows";
import { registerWhere } from "./register-where";

/** Rows fetched per query: large enough to be quick, small enough that memory stays flat. */
export const EXPORT_PAGE_SIZE = 2_000;

const COLUMNS: { header: { zh: string; en: string }; value: (row: RegisterRow, locale: Locale) => string | number; width: number }[] = [
  { header: { zh: "证书编号", en: "Certificate no." }, value: (r) => r.certificateNo, width: 26 },
  { header: { zh: "企业名称", en: "Company" }, value: (r, l) => (l === "en" && r.companyNameEn ? r.companyNameEn : r.companyName), width: 40 },
  { header: { zh: "统一社会信用代码", en: "Credit code" }, value: (r) => r.creditCode, width: 22 },
  { header: { zh: "称号", en: "Title" }, value: (r, l) => pick(TIER_LABELS[r.tier as keyof typeof TIER_LABELS], l), width: 22 },
  { header: { zh: "年度", en: "Year" }, value: (r) => r.year, width: 8 },
  { header: { zh: "省份", en: "Province" }, value: (r, l) => pick(r.provinceName, l), width: 14 },
  { header: { zh: "城市", en: "City" }, value: (r, l) => pick(r.cityName, l), width: 14 },
  { header: { zh: "行业", en: "Industry" }, value: (r, l) => pick(r.industryName, l), width: 28 },
  { header: { zh: "批次", en: "Batch" }, value: (r, l) => (r.batchTitle ? pick(r.batchTitle, l) : ""), width: 36 },
  { header: { zh: "有效期起", en: "Valid from" }, value: (r) => r.validFrom, width: 12 },
  { header: { zh: "有效期至", en: "Valid until" }, value: (r) => r.validUntil, width: 12 },
  { header: { zh: "状态", en: "Status" }, value: (r, l) => pick(PUBLIC_STATUS_LABELS[r.status], l), width: 10 },
];

/**
 * Every row of a search, a page at a time, by keyset on the certificate number (unique and
 * indexed), so the 150,000th row costs what the first does and nothing is held in memory.
 * One joined query per page: company and batch come with the recognition.
 */
export async function* registerRowPages(query: RegisterQuery, now = systemNow(), pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<RegisterRow[]> {
  const db = await prisma();
  const today = chinaDate(now);
  const where = registerWhere(query, today);
  let after: string | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after === null ? Prisma.empty : Prisma.sql` AND r.certificate_no > ${after}`;
    const rows = await db.$queryRaw<RegisterRowRecord[]>(registerPageSql(Prisma.sql`${where}${keyset}`, Prisma.sql`r.certificate_no`, { limit: pageSize }));
    if (rows.length === 0) return;
    yield rows.map((row) => toRegisterRow(row, today));
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.certificate_no;
  }
}

const encoder = new TextEncoder();

/**
 * The search as CSV, streamed: each pull fetches the next page. csvLine quotes names and
 * neutralises any that a spreadsheet would run as a formula; a byte-order mark lets spreadsheet
 * programs read the Chinese.
 */
export function registerCsvStream(query: RegisterQuery, locale: Locale, now = systemNow()): ReadableStream<Uint8Array> {
  const pages = registerRowPages(query, now);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(COLUMNS.map((c) => pick(c.header, locale)))}\r\n`));
        return;
      }
      const next = await pages.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(csvLines(next.value.map((row) => COLUMNS.map((c) => c.value(row, locale))))));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/**
 * The search as an Excel workbook, streamed: ExcelJS's streaming writer commits each row as it
 * is added, so the workbook is never held whole; pages are fetched while the client reads.
 * Every value is written as a plain string or number cell: text that begins with "=" stays
 * text, as ExcelJS writes a formula only when given one as { formula }.
 */
export function registerXlsxStream(query: RegisterQuery, locale: Locale, now = systemNow()): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(locale === "en" ? "Register" : "认定名录");
  sheet.columns = COLUMNS.map((c, i) => ({ header: pick(c.header, locale), key: String(i), width: c.width }));
  void (async () => {
    try {
      for await (const page of registerRowPages(query, now)) {
        for (const row of page) sheet.addRow(COLUMNS.map((c) => c.value(row, locale))).commit();
        // Respect the reader: wait while the zip stream's buffer is full.
        if (output.writableNeedDrain) await new Promise((resolve) => output.once("drain", resolve));
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

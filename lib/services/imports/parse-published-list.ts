import Papa from "papaparse";
import type { Tier } from "@/generated/prisma/client";
import { isIsoDate } from "@/lib/calendar/iso-date";
import { checkCreditCode } from "@/lib/company/credit-code";
import { findRegionByName, regionByCode } from "@/lib/regions";

/**
 * Reading a published list (CSV) into checked rows. Pure: no database; what needs the database
 * (firms named without a credit code, batches that already exist) is checked by the importer.
 */

export interface ImportIssue {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  field: string;
  message: { zh: string; en: string };
}

export interface PublishedListRow {
  line: number;
  nameZh: string;
  creditCode: string | null;
  provinceCode: string;
  cityCode: string | null;
  industryCode: string | null;
  tier: Tier;
  year: number;
  ordinal: number;
  announcedOn: string;
}

export interface ParsedList {
  rows: PublishedListRow[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  total: number;
}

/** Accepted column names, Chinese or English, for each field. */
const COLUMNS = {
  name: ["企业名称", "名称", "company", "company name", "name"],
  creditCode: ["统一社会信用代码", "信用代码", "credit code", "credit_code", "creditcode"],
  province: ["省份", "省", "地区", "province"],
  city: ["城市", "市", "city"],
  industry: ["行业代码", "行业", "industry", "industry code"],
  tier: ["称号", "类别", "层级", "tier"],
  batch: ["批次", "batch"],
  year: ["年度", "年份", "year"],
  announcedOn: ["公告日期", "发布日期", "announcement date", "announced on", "announced_on", "date"],
} as const;
type Field = keyof typeof COLUMNS;
const REQUIRED: Field[] = ["name", "province", "tier", "batch", "year", "announcedOn"];

export const IMPORT_TEMPLATE_HEADER = "企业名称,统一社会信用代码,省份,城市,称号,批次,年度,公告日期";

const normalizeHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();

const TIER_WORDS: [RegExp, Tier][] = [
  [/小巨人|little[\s_-]?giant/i, "little_giant"],
  [/专精特新|specialized|specialised/i, "specialized"],
  [/创新型|innovative/i, "innovative"],
];

function parseTier(value: string): Tier | null {
  return TIER_WORDS.find(([pattern]) => pattern.test(value))?.[1] ?? null;
}

const CHINESE_DIGITS = "一二三四五六七八九十";
function parseOrdinal(value: string): number | null {
  const digits = /\d+/.exec(value);
  if (digits) return Number(digits[0]) || null;
  const match = /第?([一二三四五六七八九十]{1,3})批?/.exec(value);
  if (!match) return null;
  const text = match[1]!;
  if (text === "十") return 10;
  if (text.startsWith("十")) return 10 + CHINESE_DIGITS.indexOf(text[1]!) + 1;
  if (text.endsWith("十")) return (CHINESE_DIGITS.indexOf(text[0]!) + 1) * 10;
  if (text.length === 3) return (CHINESE_DIGITS.indexOf(text[0]!) + 1) * 10 + CHINESE_DIGITS.indexOf(text[2]!) + 1;
  return CHINESE_DIGITS.indexOf(text[0]!) + 1;
}

/** "2023-08-01", "2023/8/1" or "2023年8月1日". */
function parseDate(value: string): string | null {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

function parseProvince(value: string): string | null {
  const trimmed = value.trim();
  if (/^\d{6}$/.test(trimmed)) return regionByCode(trimmed)?.level === "province" ? trimmed : null;
  return findRegionByName(trimmed, { level: "province" })?.code ?? null;
}

function parseCity(value: string, provinceCode: string): string | null {
  const trimmed = value.trim();
  if (/^\d{6}$/.test(trimmed)) return regionByCode(trimmed)?.level === "city" && trimmed.startsWith(provinceCode.slice(0, 2)) ? trimmed : null;
  return findRegionByName(trimmed, { level: "city", within: provinceCode })?.code ?? null;
}

const issue = (line: number, field: string, zh: string, en: string): ImportIssue => ({ line, field, message: { zh, en } });

export function parsePublishedList(csv: string): ParsedList {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...records] = parsed.data;
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  if (!header) return { rows: [], errors: [issue(1, "", "文件为空。", "The file is empty.")], warnings, total: 0 };

  const index = {} as Record<Field, number>;
  const names = header.map(normalizeHeader);
  for (const field of Object.keys(COLUMNS) as Field[]) {
    index[field] = names.findIndex((n) => (COLUMNS[field] as readonly string[]).includes(n));
  }
  const missing = REQUIRED.filter((f) => index[f] < 0);
  if (missing.length > 0) {
    const list = missing.map((f) => COLUMNS[f][0]).join("、");
    return {
      rows: [],
      errors: [issue(1, "header", `缺少列：${list}。`, `Missing columns: ${missing.map((f) => COLUMNS[f][2] ?? f).join(", ")}.`)],
      warnings,
      total: records.length,
    };
  }

  const rows: PublishedListRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const line = i + 2;
    const cell = (field: Field) => (index[field] >= 0 ? (record[index[field]] ?? "").trim() : "");
    const before = errors.length;
    const nameZh = cell("name");
    if (!nameZh) errors.push(issue(line, "name", "缺少企业名称。", "The company name is missing."));
    let creditCode: string | null = null;
    if (cell("creditCode")) {
      const check = checkCreditCode(cell("creditCode"));
      if (check.valid) creditCode = check.code;
      else errors.push(issue(line, "creditCode", check.message.zh, check.message.en));
    }
    const provinceCode = parseProvince(cell("province"));
    if (!provinceCode) errors.push(issue(line, "province", `未知的省份“${cell("province")}”。`, `Unknown province "${cell("province")}".`));
    let cityCode: string | null = null;
    if (provinceCode && cell("city")) {
      cityCode = parseCity(cell("city"), provinceCode);
      if (!cityCode) errors.push(issue(line, "city", `“${cell("city")}”不是该省的城市。`, `"${cell("city")}" is not a city of that province.`));
    }
    const tier = parseTier(cell("tier"));
    if (!tier) errors.push(issue(line, "tier", `无法识别称号“${cell("tier")}”。`, `Unknown title "${cell("tier")}".`));
    const year = Number(cell("year"));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) errors.push(issue(line, "year", "年度应为四位年份。", "The year must be a four-digit year."));
    const ordinal = parseOrdinal(cell("batch"));
    if (!ordinal) errors.push(issue(line, "batch", `无法识别批次“${cell("batch")}”。`, `Unknown batch "${cell("batch")}".`));
    const announcedOn = parseDate(cell("announcedOn"));
    if (!announcedOn) errors.push(issue(line, "announcedOn", "公告日期格式应为YYYY-MM-DD。", "The announcement date must be YYYY-MM-DD."));
    const industry = cell("industry") || null;
    if (industry && !/^[A-Z]\d{0,4}$/.test(industry))
      errors.push(issue(line, "industry", "行业代码格式不正确（如C34）。", "The industry code is not valid (e.g. C34)."));
    if (errors.length > before) return;
    if (creditCode && provinceCode && creditCode.slice(2, 4) !== provinceCode.slice(0, 2)) {
      warnings.push(
        issue(
          line,
          "creditCode",
          "信用代码中的登记地与所填省份不一致（企业可能已迁移）。",
          "The code's registration region differs from the province given (the firm may have moved).",
        ),
      );
    }
    const key = `${creditCode ?? `${nameZh}|${provinceCode}`}|${tier}|${year}|${ordinal}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(issue(line, "duplicate", `与第${first}行重复。`, `Duplicates line ${first}.`));
      return;
    }
    seen.set(key, line);
    rows.push({
      line,
      nameZh,
      creditCode,
      provinceCode: provinceCode!,
      cityCode,
      industryCode: industry,
      tier: tier!,
      year,
      ordinal: ordinal!,
      announcedOn: announcedOn!,
    });
  });
  for (const error of parsed.errors) errors.push(issue((error.row ?? 0) + 2, "", `CSV格式错误：${error.message}`, `CSV format error: ${error.message}`));
  return { rows, errors: errors.sort((a, b) => a.line - b.line), warnings, total: records.length };
}

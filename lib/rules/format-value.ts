import type { LocalizedText } from "./localized-text";
import { compareRatio, percentThreshold, type Ratio, type RatioThreshold } from "./ratio";

/**
 * Display formatting for explanations. Amounts are formatted from integer fen so that
 * 999,999.99 yuan never prints as "1,000,000"; percentages gain digits when rounding would
 * otherwise print a band edge that the exact value is not on.
 */

// Digit tables, built once: formatting runs for every amount in every evaluation, and table
// lookups avoid converting numbers to strings group by group.
const PLAIN: string[] = [];
const PADDED: string[] = [];
const CENTS: string[] = [];
// With their punctuation and unit attached, which saves a concatenation each.
const COMMA_PADDED: string[] = [];
const DOT_PADDED: string[] = [];
const TRIMMED_WAN: string[] = [];
const DOT_TRIMMED_WAN: string[] = [];
const CENTS_YUAN: string[] = [];
for (let i = 0; i < 1000; i++) {
  PLAIN.push(String(i));
  const padded = (i < 10 ? "00" : i < 100 ? "0" : "") + i;
  PADDED.push(padded);
  let end = 3;
  while (end > 0 && padded.charCodeAt(end - 1) === 48) end--;
  const trimmed = padded.slice(0, end);
  COMMA_PADDED.push("," + padded);
  DOT_PADDED.push("." + padded);
  TRIMMED_WAN.push(trimmed + "万元");
  DOT_TRIMMED_WAN.push("." + trimmed + "万元");
}
for (let c = 0; c < 100; c++) {
  CENTS.push(c === 0 ? "" : c % 10 === 0 ? "." + c / 10 : c < 10 ? ".0" + c : "." + c);
  CENTS_YUAN.push(CENTS[c] + " yuan");
}

/** A non-negative safe integer. */
function digits(n: number): string {
  return n < 1000 ? PLAIN[n]! : String(n);
}

function groupThousands(n: number): string {
  if (n < 1000) return PLAIN[n]!;
  let out = "";
  while (n >= 1000) {
    const group = n % 1000;
    out = COMMA_PADDED[group]! + out;
    n = (n - group) / 1000;
  }
  return PLAIN[n]! + out;
}

/** x with at most 2 decimals, trailing zeros dropped, without toFixed or regular expressions. */
export function fixed2(x: number): string {
  const h = Math.round(x * 100);
  const negative = h < 0;
  const a = negative ? -h : h;
  const f = a % 100;
  const i = (a - f) / 100;
  return (negative ? "-" + digits(i) : digits(i)) + CENTS[f]!;
}

function trimZeros(fixed: string): string {
  if (!fixed.includes(".")) return fixed;
  const trimmed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}

/** 1234567890 fen → en "12,345,678.9 yuan", zh "1234.56789万元" (exact, no rounding). */
export function formatFen(fen: number): LocalizedText {
  return { en: formatFenEn(fen), zh: formatFenZh(fen) };
}

function isSafeInteger(fen: number): boolean {
  return Number.isInteger(fen) && Math.abs(fen) <= Number.MAX_SAFE_INTEGER;
}

/** The English half of formatFen ("12,345,678.9 yuan"). */
export function formatFenEn(fen: number): string {
  if (!isSafeInteger(fen)) return `${trimZeros((fen / 100).toFixed(4))} yuan`;
  const abs = fen < 0 ? -fen : fen;
  const cents = abs % 100;
  const text = groupThousands((abs - cents) / 100) + CENTS_YUAN[cents]!;
  return fen < 0 ? "-" + text : text;
}

/** The Chinese half of formatFen ("1234.56789万元"). */
export function formatFenZh(fen: number): string {
  if (!isSafeInteger(fen)) return `${trimZeros((fen / 1e6).toFixed(8))}万元`;
  const abs = fen < 0 ? -fen : fen;
  const wanRest = abs % 1_000_000;
  const wan = fen < 0 ? "-" + digits((abs - wanRest) / 1_000_000) : digits((abs - wanRest) / 1_000_000);
  if (wanRest === 0) return wan + "万元";
  // The six digits after the point, trailing zeros dropped: 1234.5万元, 0.000001万元.
  const low = wanRest % 1000;
  const high = (wanRest - low) / 1000;
  return low === 0 ? wan + DOT_TRIMMED_WAN[high]! : wan + DOT_PADDED[high]! + TRIMMED_WAN[low]!;
}

/** Percent text for a yuan threshold, e.g. 10000000 → "10,000,000 yuan" / "1000万元". */
export function formatYuan(yuan: number): LocalizedText {
  return formatFen(Math.round(yuan * 100));
}

export function formatPercentNumber(percent: number): string {
  return hasTwoDecimalsOrFewer(percent) ? fixed2(percent) + "%" : `${trimZeros(percent.toFixed(4))}%`;
}

function hasTwoDecimalsOrFewer(x: number): boolean {
  return Math.abs(Math.round(x * 100) - x * 100) < 1e-9;
}

/**
 * A ratio as a percentage with up to 2 decimals. If that rounding lands exactly on one of the
 * criterion's edges while the exact value is not on it (2.9999% shown as "3%" although it
 * scores in the 2–3% band), it is shown truncated towards its true side with 6 decimals.
 */
export function formatRatioPercent(r: Ratio, edges: readonly RatioThreshold[]): string {
  const percent = r.v * 100;
  const hundredths = Math.round(percent * 100);
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    // Edge tn/td as a percentage in hundredths: tn · 10^4 / td (exact when the edge has ≤ 2 decimals).
    if (hundredths * edge.td === edge.tn * 10_000) {
      const side = compareRatio(r, edge);
      if (side === 0) break;
      const scaled = percent * 1e6;
      const shown = (side > 0 ? Math.ceil(scaled) : Math.floor(scaled)) / 1e6;
      return `${trimZeros(shown.toFixed(6))}%`;
    }
  }
  return fixed2(percent) + "%";
}

/** Whether formatRatioPercent would look closer at this ratio (its 2-decimal text would print an edge). */
export function landsOnEdge(r: Ratio, edges: readonly RatioThreshold[]): boolean {
  // Exactly the arithmetic of formatRatioPercent, so both agree on every value.
  const hundredths = Math.round(r.v * 100 * 100);
  for (let i = 0; i < edges.length; i++) if (hundredths * edges[i]!.td === edges[i]!.tn * 10_000) return true;
  return false;
}

/** Same as formatRatioPercent for a plain percent threshold list (used in descriptions). */
export function ratioEdges(percents: readonly number[]): RatioThreshold[] {
  return percents.map(percentThreshold);
}

export type NumberUnit = "count" | "years" | "year" | "rank" | "level" | "percent" | "number";

export function formatNumber(value: number, unit: NumberUnit): LocalizedText {
  const text = String(value);
  switch (unit) {
    case "years":
      return { en: `${text} ${value === 1 ? "year" : "years"}`, zh: `${text}年` };
    case "year":
      return { en: text, zh: `${text}年` };
    case "rank":
      return { en: `No. ${text}`, zh: `第${text}名` };
    case "level":
      return { en: `level ${text}`, zh: `${text}级` };
    case "percent":
      return { en: `${text}%`, zh: `${text}%` };
    default:
      return { en: text, zh: text };
  }
}

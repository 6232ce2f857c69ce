import type { LocalizedText } from "./localized-text";
import { compareRatio, percentThreshold, type Ratio, type RatioThreshold } from "./ratio";

/**
 * Display formatting for explanations. Amounts are formatted from integer fen so that
 * 999,999.99 yuan never prints as "1,000,000"; percentages gain digits when rounding would
 * otherwise print a band edge that the exact value is not on.
 */

function groupThousands(n: number): string {
  if (n < 1000) return String(n);
  let out = "";
  while (n >= 1000) {
    const group = n % 1000;
    out = "," + (group < 10 ? "00" : group < 100 ? "0" : "") + group + out;
    n = (n - group) / 1000;
  }
  return n + out;
}

/** x with at most 2 decimals, trailing zeros dropped, without toFixed or regular expressions. */
export function fixed2(x: number): string {
  const h = Math.round(x * 100);
  const negative = h < 0;
  const a = negative ? -h : h;
  const f = a % 100;
  const i = (a - f) / 100;
  let s = negative ? "-" + i : "" + i;
  if (f !== 0) s += f % 10 === 0 ? "." + f / 10 : f < 10 ? ".0" + f : "." + f;
  return s;
}

function trimZeros(fixed: string): string {
  if (!fixed.includes(".")) return fixed;
  const trimmed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}

/** 1234567890 fen → en "12,345,678.9 yuan", zh "1234.56789万元" (exact, no rounding). */
export function formatFen(fen: number): LocalizedText {
  if (!Number.isInteger(fen) || Math.abs(fen) > Number.MAX_SAFE_INTEGER) {
    const yuan = trimZeros((fen / 100).toFixed(4));
    return { en: `${yuan} yuan`, zh: `${trimZeros((fen / 1e6).toFixed(8))}万元` };
  }
  const sign = fen < 0 ? "-" : "";
  const abs = fen < 0 ? -fen : fen;
  const cents = abs % 100;
  const whole = (abs - cents) / 100;
  const en = sign + groupThousands(whole) + (cents === 0 ? "" : cents % 10 === 0 ? "." + cents / 10 : cents < 10 ? ".0" + cents : "." + cents) + " yuan";
  const wanRest = abs % 1_000_000;
  const wan = (abs - wanRest) / 1_000_000;
  let zh = sign + wan;
  if (wanRest !== 0) {
    let digits = String(wanRest).padStart(6, "0");
    let end = digits.length;
    while (digits.charCodeAt(end - 1) === 48) end--;
    digits = digits.slice(0, end);
    zh += "." + digits;
  }
  return { en, zh: zh + "万元" };
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

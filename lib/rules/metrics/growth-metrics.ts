import { averageOfRatios, ratio } from "../ratio";
import type { LocalizedText } from "../localized-text";
import { finPath, financialYear, invalid, missing, ok, readFen, readNonNegativeFen } from "./fact-readers";
import type { MetricDefinition, MetricResult } from "./metric-types";
import type { Facts } from "../facts";

/**
 * Year-on-year growth and the "2-year average growth" of the measures. The average is the
 * arithmetic mean of the yearly growth rates, so it needs years − 1 … years − N − 1: for an
 * application in 2026 the 2-year average of main-business revenue growth uses 2023, 2024 and 2025
 * (our reading of "近2年…平均增长率"; a compound rate would differ slightly — recorded as a judgement
 * call). Growth from a base that is zero (or a loss, for net profit) is undefined, not infinite.
 */

type Label = (from: number, to: number) => LocalizedText;

function series(facts: Facts, field: string, firstYear: number, lastYear: number, signed: boolean): number[] | MetricResult {
  const values: number[] = [];
  const absent: string[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const bag = financialYear(facts, year);
    const fen = signed ? readFen(bag, field) : readNonNegativeFen(bag, field);
    if (fen === undefined) absent.push(finPath(year, field));
    else values.push(fen);
  }
  return absent.length > 0 ? missing(...absent) : values;
}

function baseProblem(field: string, year: number, signed: boolean): LocalizedText {
  const name =
    field === "netProfit"
      ? { zh: "净利润", en: "net profit" }
      : field === "revenue"
        ? { zh: "营业收入", en: "revenue" }
        : { zh: "主营业务收入", en: "main-business revenue" };
  return signed
    ? { zh: `${year}年${name.zh}不为正，增长率无法计算`, en: `${name.en} in ${year} was not positive, so growth is undefined` }
    : { zh: `${year}年${name.zh}为零，增长率无法计算`, en: `${name.en} in ${year} was zero, so growth is undefined` };
}

function growth(id: string, field: string, label: Label, signed = false): MetricDefinition {
  return {
    id,
    type: "ratio",
    unit: "ratio-percent",
    params: ["yearsBack"],
    reads: [`financials.{year}.${field}`],
    label: (p, appYear) => label(appYear - p.yearsBack - 1, appYear - p.yearsBack),
    compute(facts, p, ctx) {
      const year = ctx.applicationYear - p.yearsBack;
      const values = series(facts, field, year - 1, year, signed);
      if (!Array.isArray(values)) return values;
      const [prev, cur] = values as [number, number];
      if (prev <= 0) return invalid(baseProblem(field, year - 1, signed), finPath(year - 1, field));
      return ok(ratio(cur - prev, prev));
    },
  };
}

function averageGrowth(id: string, field: string, label: Label, signed = false): MetricDefinition {
  return {
    id,
    type: "ratio",
    unit: "ratio-percent",
    params: ["years"],
    reads: [`financials.{year}.${field}`],
    label: (p, appYear) => label(appYear - 1 - p.years, appYear - 1),
    compute(facts, p, ctx) {
      const last = ctx.applicationYear - 1;
      const first = last - p.years;
      const values = series(facts, field, first, last, signed);
      if (!Array.isArray(values)) return values;
      const pairs: number[] = [];
      for (let i = 1; i < values.length; i++) {
        const prev = values[i - 1]!;
        if (prev <= 0) return invalid(baseProblem(field, first + i - 1, signed), finPath(first + i - 1, field));
        pairs.push(values[i]! - prev, prev);
      }
      return ok(averageOfRatios(pairs));
    },
  };
}

export const GROWTH_METRICS: readonly MetricDefinition[] = [
  growth("mainBusinessGrowth", "mainBusinessRevenue", (a, b) => ({
    zh: `${b}年主营业务收入增长率（较${a}年）`,
    en: `Main-business revenue growth in ${b} (over ${a})`,
  })),
  growth("revenueGrowth", "revenue", (a, b) => ({ zh: `${b}年营业收入增长率（较${a}年）`, en: `Revenue growth in ${b} (over ${a})` })),
  averageGrowth("mainBusinessGrowthAverage", "mainBusinessRevenue", (a, b) => ({
    zh: `${a}—${b}年主营业务收入平均增长率`,
    en: `Average main-business revenue growth ${a}–${b}`,
  })),
  averageGrowth("netProfitGrowthAverage", "netProfit", (a, b) => ({ zh: `${a}—${b}年净利润平均增长率`, en: `Average net profit growth ${a}–${b}` }), true),
];

import type { Facts } from "../facts";
import type { LocalizedText } from "../localized-text";
import { finPath, financialYear, missing, ok, readNonNegativeFen, section, yearKey, yearPath } from "./fact-readers";
import type { MetricDefinition } from "./metric-types";

/**
 * Sums and averages over the last N completed financial years (N = `years`, ending last year):
 * "R&D expense over the last 2 years", "new equity financing over the last 3 years". Every year in
 * the window must be reported — a year left blank is missing, never a silent zero (a firm without
 * financing in a year enters 0).
 */

type Label = (from: number, to: number) => LocalizedText;

function windowSum(facts: Facts, read: (year: number) => number | undefined, path: (year: number) => string, from: number, to: number) {
  let sum = 0;
  let absent: string[] | null = null;
  for (let year = from; year <= to; year++) {
    const fen = read(year);
    if (fen === undefined) (absent ??= []).push(path(year));
    else sum += fen;
  }
  return absent ? missing(...absent) : sum;
}

function windowMetric(
  id: string,
  reads: string,
  read: (facts: Facts, year: number) => number | undefined,
  path: (year: number) => string,
  label: Label,
  average: boolean,
): MetricDefinition {
  return {
    id,
    type: "amount",
    unit: "yuan",
    params: ["years"],
    reads: [reads],
    label: (p, appYear) => label(appYear - p.years, appYear - 1),
    compute(facts, p, ctx) {
      const to = ctx.applicationYear - 1;
      const result = windowSum(facts, (y) => read(facts, y), path, to - p.years + 1, to);
      if (typeof result !== "number") return result;
      return ok(average ? result / p.years : result);
    },
  };
}

const rdExpense = (facts: Facts, year: number) => readNonNegativeFen(financialYear(facts, year), "rdExpense");
const equity = (facts: Facts, year: number) => readNonNegativeFen(section(facts, "equityFinancing"), yearKey(year));
const equityPath = (year: number) => yearPath("equityFinancing", year);
const rdPath = (year: number) => finPath(year, "rdExpense");

export const WINDOW_METRICS: readonly MetricDefinition[] = [
  windowMetric(
    "rdExpenseTotal",
    "financials.{year}.rdExpense",
    rdExpense,
    rdPath,
    (a, b) => ({ zh: `${a}—${b}年研发费用总额`, en: `Total R&D expense ${a}–${b}` }),
    false,
  ),
  windowMetric(
    "rdExpenseAverage",
    "financials.{year}.rdExpense",
    rdExpense,
    rdPath,
    (a, b) => ({ zh: `${a}—${b}年研发费用年均值`, en: `Average yearly R&D expense ${a}–${b}` }),
    true,
  ),
  windowMetric(
    "equityFinancingTotal",
    "equityFinancing.{year}",
    equity,
    equityPath,
    (a, b) => ({ zh: `${a}—${b}年新增股权融资总额（合格机构投资者实缴额）`, en: `New equity financing from qualified institutional investors ${a}–${b}` }),
    false,
  ),
];

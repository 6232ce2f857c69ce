import { ratio } from "../ratio";
import type { LocalizedText } from "../localized-text";
import { finPath, financialYear, invalid, missing, missingPath, ok, readCount, readFen, readNonNegativeFen } from "./fact-readers";
import type { MetricDefinition } from "./metric-types";

/**
 * Yearly figures and ratios from the financial statements. `yearsBack` 1 is "last year", the
 * financial year before the application year (rules.md: amounts refer to the last full year).
 */

type Label = (year: number) => LocalizedText;

function amount(id: string, field: string, label: Label, signed = false): MetricDefinition {
  return {
    id,
    type: "amount",
    unit: "yuan",
    params: ["yearsBack"],
    reads: [`financials.{year}.${field}`],
    label: (p, appYear) => label(appYear - p.yearsBack),
    compute(facts, p, ctx) {
      const year = ctx.applicationYear - p.yearsBack;
      const bag = financialYear(facts, year);
      const fen = signed ? readFen(bag, field) : readNonNegativeFen(bag, field);
      return fen === undefined ? missingPath(finPath(year, field)) : ok(fen);
    },
  };
}

function share(
  id: string,
  numerator: string,
  denominator: string,
  label: Label,
  zeroDenominator: (year: number) => LocalizedText,
  reader: "fen" | "count" | "signed-fen" = "fen",
): MetricDefinition {
  return {
    id,
    type: "ratio",
    unit: "ratio-percent",
    params: ["yearsBack"],
    reads: [`financials.{year}.${numerator}`, `financials.{year}.${denominator}`],
    label: (p, appYear) => label(appYear - p.yearsBack),
    compute(facts, p, ctx) {
      const year = ctx.applicationYear - p.yearsBack;
      const bag = financialYear(facts, year);
      const n = reader === "count" ? readCount(bag, numerator) : reader === "signed-fen" ? readFen(bag, numerator) : readNonNegativeFen(bag, numerator);
      const d = reader === "count" ? readCount(bag, denominator) : readNonNegativeFen(bag, denominator);
      if (n === undefined || d === undefined) {
        const paths: string[] = [];
        if (n === undefined) paths.push(finPath(year, numerator));
        if (d === undefined) paths.push(finPath(year, denominator));
        return missing(...paths);
      }
      if (d === 0) return invalid(zeroDenominator(year), finPath(year, denominator));
      return ok(ratio(n, d));
    },
  };
}

const zeroRevenue = (year: number): LocalizedText => ({
  zh: `${year}年营业收入为零，比重无法计算`,
  en: `revenue in ${year} was zero, so the share is undefined`,
});

export const FINANCIAL_METRICS: readonly MetricDefinition[] = [
  amount("revenue", "revenue", (y) => ({ zh: `${y}年营业收入`, en: `Revenue in ${y}` })),
  amount("mainBusinessRevenue", "mainBusinessRevenue", (y) => ({ zh: `${y}年主营业务收入`, en: `Main-business revenue in ${y}` })),
  amount("rdExpense", "rdExpense", (y) => ({ zh: `${y}年研发费用`, en: `R&D expense in ${y}` })),
  amount("netProfit", "netProfit", (y) => ({ zh: `${y}年净利润`, en: `Net profit in ${y}` }), true),
  share("rdShare", "rdExpense", "revenue", (y) => ({ zh: `${y}年研发费用占营业收入比重`, en: `R&D expense as a share of revenue in ${y}` }), zeroRevenue),
  share(
    "mainBusinessShare",
    "mainBusinessRevenue",
    "revenue",
    (y) => ({ zh: `${y}年主营业务收入占营业收入比重`, en: `Main-business share of revenue in ${y}` }),
    zeroRevenue,
  ),
  share("netMargin", "netProfit", "revenue", (y) => ({ zh: `${y}年净利润率`, en: `Net profit margin in ${y}` }), zeroRevenue, "signed-fen"),
  share(
    "debtRatio",
    "totalLiabilities",
    "totalAssets",
    (y) => ({ zh: `${y}年末资产负债率`, en: `Debt ratio (liabilities / assets) at the end of ${y}` }),
    (y) => ({ zh: `${y}年末资产总额为零，资产负债率无法计算`, en: `total assets at the end of ${y} were zero, so the debt ratio is undefined` }),
  ),
  share(
    "rdStaffShare",
    "rdStaff",
    "employees",
    (y) => ({ zh: `${y}年研发人员占职工总数比重`, en: `R&D staff as a share of employees in ${y}` }),
    (y) => ({ zh: `${y}年职工总数为零，比重无法计算`, en: `there were no employees in ${y}, so the share is undefined` }),
    "count",
  ),
];

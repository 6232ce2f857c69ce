import type { Facts } from "@/lib/rules";
import { APPLICATION_YEAR, LAST_YEAR, patch } from "./firms";

/**
 * Facts that put one metric exactly on a value, or just beside it. `side` −1 is just below, 0
 * exactly on, +1 just above: one fen for amounts (and for ratios, whose numerator moves by one fen
 * against a round denominator), one unit for counts, years and ranks, 0.01 for reported percentages.
 * Every figure is built from whole fen, so "exactly 3%" is exactly 3% — no floating-point rounding.
 */
export type Side = -1 | 0 | 1;

export interface MetricProbe {
  /** Fact paths the metric reads for the default parameters of the probe. */
  paths: string[];
  /** How far "just beside" is, in the metric's unit (whole steps for counts, years, ranks, levels). */
  step: number;
  /** How the probed value is described in a test name ("2.99999%"). */
  describe(edge: number, side: Side): string;
  apply(facts: Facts, edge: number, side: Side): Facts;
}

const BASE = 10_000_000; // yuan: a round denominator, so 1% is 100,000 yuan and one fen is 1e-7 percentage points
const fen = (side: Side) => side * 0.01;
/** yuan + side fen, exact (round to fen after adding). */
const yuanPlus = (yuan: number, side: Side) => Math.round((yuan + fen(side)) * 100) / 100;
const pctOfBase = (percent: number, side: Side) => yuanPlus((BASE * percent) / 100, side);
const fin = (year: number, field: string) => `financials.${year}.${field}`;

const percentText = (edge: number, side: Side) => (side === 0 ? `exactly ${edge}%` : side < 0 ? `${edge}% minus 1 fen` : `${edge}% plus 1 fen`);
const amountText = (edge: number, side: Side) =>
  `${side === 0 ? "exactly " : ""}${edge.toLocaleString("en-US")} yuan${side < 0 ? " minus 1 fen" : side > 0 ? " plus 1 fen" : ""}`;
const stepText = (unit: string) => (edge: number, side: Side) => `${edge + side} ${unit}`;

function share(numerator: string, denominator: string, yearsBack = 1): MetricProbe {
  const year = APPLICATION_YEAR - yearsBack;
  return {
    paths: [fin(year, numerator), fin(year, denominator)],
    step: 1e-7,
    describe: percentText,
    apply: (facts, edge, side) => patch(facts, { [fin(year, denominator)]: BASE, [fin(year, numerator)]: pctOfBase(edge, side) }),
  };
}

function amount(field: string, yearsBack = 1): MetricProbe {
  const year = APPLICATION_YEAR - yearsBack;
  return {
    paths: [fin(year, field)],
    step: 0.01,
    describe: amountText,
    apply: (facts, edge, side) => patch(facts, { [fin(year, field)]: yuanPlus(edge, side) }),
  };
}

/** Growth last year over the year before: base 10,000,000, then 10,000,000 × (1 + g). */
function growth(field: string): MetricProbe {
  return {
    paths: [fin(LAST_YEAR - 1, field), fin(LAST_YEAR, field)],
    step: 1e-7,
    describe: percentText,
    apply: (facts, edge, side) => patch(facts, { [fin(LAST_YEAR - 1, field)]: BASE, [fin(LAST_YEAR, field)]: yuanPlus(BASE + (BASE * edge) / 100, side) }),
  };
}

/** 2-year average growth: flat from 2022 to 2023, then 2 × g in 2024, so the average is g. */
function averageGrowth(field: string): MetricProbe {
  return {
    paths: [fin(LAST_YEAR - 2, field), fin(LAST_YEAR - 1, field), fin(LAST_YEAR, field)],
    step: 5e-8,
    describe: percentText,
    apply: (facts, edge, side) =>
      patch(facts, {
        [fin(LAST_YEAR - 2, field)]: BASE,
        [fin(LAST_YEAR - 1, field)]: BASE,
        [fin(LAST_YEAR, field)]: yuanPlus(BASE + (2 * BASE * edge) / 100, side),
      }),
  };
}

function windowAmount(prefix: (year: number) => string, years: number, mode: "total" | "average"): MetricProbe {
  const list = Array.from({ length: years }, (_, i) => LAST_YEAR - years + 1 + i);
  return {
    paths: list.map(prefix),
    step: 0.005,
    describe: amountText,
    apply: (facts, edge, side) => {
      const changes: Record<string, number> = {};
      // total: everything in the last year; average: every year on the edge, the last one nudged.
      for (const year of list)
        changes[prefix(year)] = mode === "total" ? (year === LAST_YEAR ? yuanPlus(edge, side) : 0) : year === LAST_YEAR ? yuanPlus(edge, side) : edge;
      return patch(facts, changes);
    },
  };
}

function reported(path: string, step: number, unit: string): MetricProbe {
  return {
    paths: [path],
    step,
    describe: step === 1 ? stepText(unit) : (edge, side) => `${Math.round((edge + side * step) * 100) / 100}${unit}`,
    apply: (facts, edge, side) => patch(facts, { [path]: Math.round((edge + side * step) * 100) / 100 }),
  };
}

export interface ProbeRef {
  metric: string;
  yearsBack?: number;
  years?: number;
  key?: string;
}

/** The probe for a metric reference as a rule set writes it. */
export function probeFor(ref: ProbeRef): MetricProbe {
  const yb = ref.yearsBack ?? 1;
  const years = ref.years ?? 2;
  switch (ref.metric) {
    case "revenue":
    case "rdExpense":
      return amount(ref.metric, yb);
    case "rdShare":
      return share("rdExpense", "revenue", yb);
    case "mainBusinessShare":
      return share("mainBusinessRevenue", "revenue", yb);
    case "netMargin":
      return share("netProfit", "revenue", yb);
    case "debtRatio":
      return share("totalLiabilities", "totalAssets", yb);
    case "rdStaffShare":
      // 10,000 employees: one person is 0.01 percentage points.
      return {
        paths: [fin(APPLICATION_YEAR - yb, "rdStaff"), fin(APPLICATION_YEAR - yb, "employees")],
        step: 0.01,
        describe: (edge, side) => `${(edge * 100 + side) / 100}% (${edge * 100 + side} of 10,000 employees)`,
        apply: (facts, edge, side) =>
          patch(facts, { [fin(APPLICATION_YEAR - yb, "employees")]: 10_000, [fin(APPLICATION_YEAR - yb, "rdStaff")]: edge * 100 + side }),
      };
    case "mainBusinessGrowth":
      return growth("mainBusinessRevenue");
    case "mainBusinessGrowthAverage":
      return averageGrowth("mainBusinessRevenue");
    case "netProfitGrowthAverage":
      return averageGrowth("netProfit");
    case "rdExpenseTotal":
      return windowAmount((y) => fin(y, "rdExpense"), years, "total");
    case "rdExpenseAverage":
      return windowAmount((y) => fin(y, "rdExpense"), years, "average");
    case "equityFinancingTotal":
      return windowAmount((y) => `equityFinancing.${y}`, years, "total");
    case "yearsInNiche":
      return {
        paths: ["market.nicheSince"],
        step: 1,
        describe: stepText("years in the niche"),
        apply: (facts, edge, side) => patch(facts, { "market.nicheSince": APPLICATION_YEAR - edge - side }),
      };
    case "nationalMarketShare":
      return reported("market.nationalSharePercent", 0.01, "%");
    case "nationalRank":
      return reported("market.nationalRank", 1, "(national rank)");
    case "provincialRank":
      return reported("market.provincialRank", 1, "(provincial rank)");
    case "ipClassI":
      return {
        paths: ["ip.classI"],
        step: 1,
        describe: stepText("class I IP"),
        apply: (facts, edge, side) => patch(facts, { ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: edge + side, classII: 0 } }),
      };
    case "digitalLevel":
      return reported("digital.level", 1, "(digital level)");
    case "regionalNumber":
      return reported(`regional.${ref.key}`, 0.01, "");
    default:
      throw new Error(`No probe for metric ${ref.metric}`);
  }
}

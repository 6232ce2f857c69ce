import type { RuleSet } from "@/lib/rules";
import { strongFirm } from "./firms";
import { describeCases, describeMissing } from "./rule-table";

/**
 * The little-giant R&D requirement by revenue size (rules.md tier 3, innovation; the same three
 * routes in 2018): revenue ≥ 100M → R&D ≥ 3% in each of the last 2 years; 50–100M → ≥ 6% in each;
 * < 50M → equity financing ≥ 80M over 2 years and R&D ≥ 30M over 2 years and R&D staff ≥ 50%.
 */
const year = (revenue: number, rdExpense: number) => ({
  revenue,
  mainBusinessRevenue: revenue,
  rdExpense,
  netProfit: revenue / 10,
  totalAssets: revenue,
  totalLiabilities: revenue / 2,
  employees: 100,
  rdStaff: 20,
});
const small = (rdStaff: number, equity2024: number, rd2024: number) =>
  ({
    "financials.2023": { ...year(40_000_000, 15_000_000), rdStaff: 50 },
    "financials.2024": { ...year(49_999_999.99, rd2024), rdStaff },
    "equityFinancing.2023": 40_000_000,
    "equityFinancing.2024": equity2024,
  }) as const;

export function describeRdBySize(ruleSet: RuleSet): void {
  describeCases("R&D by revenue size", ruleSet, strongFirm, [
    {
      name: "revenue exactly 100M: R&D of exactly 3% in both years meets it",
      id: "rd-by-size",
      changes: { "financials.2023": year(90_000_000, 2_700_000), "financials.2024": year(100_000_000, 3_000_000) },
      passed: true,
    },
    {
      name: "revenue exactly 100M: 3% minus 1 fen in the year before fails it",
      id: "rd-by-size",
      changes: { "financials.2023": year(90_000_000, 2_699_999.99), "financials.2024": year(100_000_000, 3_000_000) },
      passed: false,
    },
    {
      name: "revenue exactly 100M: 3% minus 1 fen last year fails it",
      id: "rd-by-size",
      changes: { "financials.2023": year(90_000_000, 2_700_000), "financials.2024": year(100_000_000, 2_999_999.99) },
      passed: false,
    },
    {
      name: "revenue 100M minus 1 fen needs 6%: 3% is not enough",
      id: "rd-by-size",
      changes: { "financials.2023": year(90_000_000, 2_700_000), "financials.2024": year(99_999_999.99, 3_000_000) },
      passed: false,
    },
    {
      name: "revenue 100M minus 1 fen with exactly 6% in both years meets it",
      id: "rd-by-size",
      changes: { "financials.2023": year(90_000_000, 5_400_000), "financials.2024": year(99_999_999.99, 6_000_000) },
      passed: true,
    },
    {
      name: "revenue exactly 50M with exactly 6% in both years meets it",
      id: "rd-by-size",
      changes: { "financials.2023": year(50_000_000, 3_000_000), "financials.2024": year(50_000_000, 3_000_000) },
      passed: true,
    },
    {
      name: "revenue exactly 50M with 6% minus 1 fen fails it",
      id: "rd-by-size",
      changes: { "financials.2023": year(50_000_000, 3_000_000), "financials.2024": year(50_000_000, 2_999_999.99) },
      passed: false,
    },
    {
      name: "revenue under 50M: 80M financing, 30M R&D over 2 years and exactly 50% R&D staff meet it",
      id: "rd-by-size",
      changes: small(50, 40_000_000, 15_000_000),
      passed: true,
    },
    { name: "revenue under 50M: R&D staff of 49% fails it", id: "rd-by-size", changes: small(49, 40_000_000, 15_000_000), passed: false },
    { name: "revenue under 50M: financing 1 fen short of 80M fails it", id: "rd-by-size", changes: small(50, 39_999_999.99, 15_000_000), passed: false },
    { name: "revenue under 50M: R&D 1 fen short of 30M over 2 years fails it", id: "rd-by-size", changes: small(50, 40_000_000, 14_999_999.99), passed: false },
    {
      name: "revenue under 50M: a high R&D share alone is not enough",
      id: "rd-by-size",
      changes: { "financials.2023": year(40_000_000, 8_000_000), "financials.2024": year(40_000_000, 8_000_000) },
      passed: false,
    },
  ]);
  describeMissing(ruleSet, strongFirm, [{ id: "rd-by-size", paths: ["financials.2024.revenue"], outcome: "incomplete" }]);
}

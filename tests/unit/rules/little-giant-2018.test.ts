import { describe, expect, it } from "vitest";
import { evaluate, getBuiltinRuleSet } from "@/lib/rules";
import { CONTEXT, patch, strongFirm } from "./support/firms";
import { describePreconditions } from "./support/preconditions";
import { describeRdBySize } from "./support/rd-by-size";
import { describeCases, describeExplanations, describeMalformed, describeMissing, describeThresholds } from "./support/rule-table";

/**
 * rules.md "Version 2018 differs": 2-year average growth of main-business revenue or net profit
 * ≥ 5%; debt ratio ≤ 70%; ≥ 3 years in the niche; main business ≥ 70%; market share top 3 in the
 * province; the same three R&D routes; at least one core business on information systems.
 */
const ruleSet = getBuiltinRuleSet("little-giant-2018")!;
/** Main business flat, so only net profit growth can carry the growth requirement. */
const flatMainBusiness = () =>
  patch(strongFirm(), {
    "financials.2022.mainBusinessRevenue": 150_000_000,
    "financials.2023.mainBusinessRevenue": 150_000_000,
    "financials.2024.mainBusinessRevenue": 150_000_000,
  });

describePreconditions(ruleSet, strongFirm, "specialized");

describeThresholds(ruleSet, strongFirm, [
  { id: "growth-main-business", rule: "2-year average main-business growth at least 5%", metric: "mainBusinessGrowthAverage", years: 2, op: ">=", value: 5 },
  { id: "debt-ratio", rule: "Debt ratio at most 70%", metric: "debtRatio", op: "<=", value: 70 },
  { id: "niche-years", rule: "At least 3 years in the niche", metric: "yearsInNiche", op: ">=", value: 3 },
  { id: "main-business-share", rule: "Main business at least 70% of revenue", metric: "mainBusinessShare", op: ">=", value: 70 },
  { id: "provincial-rank", rule: "Market share in the top 3 of the province", metric: "provincialRank", op: "<=", value: 3 },
]);
describeThresholds(ruleSet, flatMainBusiness, [
  { id: "growth-net-profit", rule: "2-year average net-profit growth at least 5%", metric: "netProfitGrowthAverage", years: 2, op: ">=", value: 5 },
]);

describeRdBySize(ruleSet);

describeCases("growth by main business or net profit", ruleSet, flatMainBusiness, [
  { name: "flat main business with net profit growing 10% a year meets the growth requirement", id: "growth", changes: {}, passed: true },
  {
    name: "flat main business and flat net profit fail it",
    id: "growth",
    changes: { "financials.2022.netProfit": 1_000_000, "financials.2023.netProfit": 1_000_000, "financials.2024.netProfit": 1_000_000 },
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "net profit growth from a loss is undefined and counts as not met",
    id: "growth-net-profit",
    changes: { "financials.2022.netProfit": -1_000_000 },
    passed: false,
  },
  {
    name: "no core business on information systems is not eligible",
    id: "information-systems",
    changes: { "digital.rdDesignOnSystems": false, "digital.manufacturingOnSystems": false, "digital.supplyChainOnSystems": false },
    passed: false,
    outcome: "not-eligible",
  },
]);

describe("little-giant-2018: outcome", () => {
  it("has no score and no brand, national-share, chain or product requirement", () => {
    const r = evaluate(
      ruleSet,
      patch(strongFirm(), { "quality.ownBrand": false, "market.nationalSharePercent": 1, "leadingProduct.keyChainLink": "none" }),
      CONTEXT,
    );
    expect(r).toMatchObject({ outcome: "eligible", route: "requirements", score: null, missing: [] });
  });
});

describeMissing(ruleSet, strongFirm, [
  { id: "provincial-rank", paths: ["market.provincialRank"], outcome: "incomplete" },
  { id: "debt-ratio", paths: ["financials.2024.totalAssets"], outcome: "incomplete" },
  { id: "main-business-share", paths: ["financials.2024.mainBusinessRevenue"], outcome: "incomplete" },
  { id: "information-systems", paths: ["digital.rdDesignOnSystems", "digital.manufacturingOnSystems", "digital.supplyChainOnSystems"], outcome: "incomplete" },
]);
describeMissing(ruleSet, flatMainBusiness, [{ id: "growth", paths: ["financials.2023.netProfit"], outcome: "incomplete" }]);

describeMalformed(ruleSet, strongFirm);
describeExplanations(ruleSet, { "the strong firm": strongFirm(), "an empty application": {}, "a flat firm": flatMainBusiness() });

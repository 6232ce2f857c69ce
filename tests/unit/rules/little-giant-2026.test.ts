import { describe, expect, it } from "vitest";
import { evaluate, getBuiltinRuleSet } from "@/lib/rules";
import { describeAnnex2Score } from "./support/annex-2-score";
import { CONTEXT, patch, strongFirm } from "./support/firms";
import { describePreconditions } from "./support/preconditions";
import { describeCases, describeExplanations, describeMalformed, describeMissing, describeThresholds } from "./support/rule-table";

/**
 * rules.md "Version 2026", tier 3: tier-2 title and niche ≥ 3 years; revenue ≥ 50M; main business
 * ≥ 90%; debt ratio ≤ 75%; R&D over 2 years ≥ 12M and ≥ 3% each year; ≥ 4 class I IP (waived for a
 * national S&T award top 3); national share ≥ 10% or top 3 nationally; product in the six
 * foundations or a key chain link; evaluation score ≥ 60.
 */
const ruleSet = getBuiltinRuleSet("little-giant-2026")!;

describePreconditions(ruleSet, strongFirm, "specialized");

describeThresholds(ruleSet, strongFirm, [
  { id: "niche-years", rule: "At least 3 years in the niche", metric: "yearsInNiche", op: ">=", value: 3 },
  { id: "revenue", rule: "Revenue last year at least 50,000,000 yuan", metric: "revenue", op: ">=", value: 50_000_000 },
  { id: "min-main-business-share", rule: "Main business at least 90% of revenue", metric: "mainBusinessShare", op: ">=", value: 90 },
  { id: "max-debt-ratio", rule: "Debt ratio at most 75%", metric: "debtRatio", op: "<=", value: 75 },
  { id: "rd-total-2y", rule: "R&D over the last 2 years at least 12,000,000 yuan", metric: "rdExpenseTotal", years: 2, op: ">=", value: 12_000_000 },
  { id: "rd-share-1", rule: "R&D last year at least 3% of revenue", metric: "rdShare", yearsBack: 1, op: ">=", value: 3 },
  { id: "rd-share-2", rule: "R&D the year before at least 3% of revenue", metric: "rdShare", yearsBack: 2, op: ">=", value: 3 },
  { id: "class-i-ip-count", rule: "At least 4 class I IP", metric: "ipClassI", op: ">=", value: 4 },
  { id: "market-share", rule: "National niche share at least 10%", metric: "nationalMarketShare", op: ">=", value: 10 },
  { id: "market-rank", rule: "Or top 3 nationally", metric: "nationalRank", op: "<=", value: 3 },
]);

const fewIp = { ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: 3, classII: 0 } };
describeCases("alternatives", ruleSet, strongFirm, [
  { name: "3 class I IP without a national award top 3 is not eligible", id: "class-i-ip", changes: fewIp, passed: false, outcome: "not-eligible" },
  {
    name: "3 class I IP with a national S&T award ranked 3rd is waived",
    id: "class-i-ip",
    changes: { ...fewIp, "awards.scienceTech": [{ level: "national", year: 2023, rank: 3 }] },
    passed: true,
  },
  {
    name: "a provincial award does not waive the IP requirement",
    id: "class-i-ip",
    changes: { ...fewIp, "awards.scienceTech": [{ level: "provincial", year: 2023, rank: 1 }] },
    passed: false,
  },
  {
    name: "a national share of 9% with a national rank of 3 meets the market position",
    id: "market-position",
    changes: { "market.nationalSharePercent": 9, "market.nationalRank": 3 },
    passed: true,
  },
  {
    name: "a national share of 9% ranked 4th is not eligible",
    id: "market-position",
    changes: { "market.nationalSharePercent": 9, "market.nationalRank": 4 },
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "a key chain link without the six foundations meets the product field",
    id: "product-field",
    changes: { "leadingProduct.industrialFoundation": false, "leadingProduct.keyChainLink": "extends-strong-link" },
    passed: true,
  },
  {
    name: "neither the six foundations nor a key chain link is not eligible",
    id: "product-field",
    changes: { "leadingProduct.industrialFoundation": false, "leadingProduct.keyChainLink": "none" },
    passed: false,
    outcome: "not-eligible",
  },
]);

describeAnnex2Score(ruleSet, strongFirm);

describe("little-giant-2026: evaluation score", () => {
  it("uses the 2022 table as a placeholder with a pass mark of 60; the strong firm scores 85 and is eligible", () => {
    const r = evaluate(ruleSet, strongFirm(), CONTEXT);
    expect(r.score).toMatchObject({ passMark: 60, total: 85, passed: true });
    expect(r).toMatchObject({ outcome: "eligible", route: "score", missing: [] });
  });
  it("a firm meeting every requirement below 60 points is not eligible", () => {
    const r = evaluate(
      ruleSet,
      patch(strongFirm(), {
        "rdInstitution.level": "none",
        "digital.level": 1,
        "financials.2024.rdStaff": 0,
        quality: {
          provincialQualityAward: false,
          managementSystemCertification: false,
          developedEconomyProductCertification: false,
          ownBrand: false,
          draftedStandard: false,
        },
        "leadingProduct.keyChainLink": "none",
        "leadingProduct.chainLeaderSupplier": false,
      }),
      CONTEXT,
    );
    expect(r.requirements.every((c) => c.passed)).toBe(true);
    expect(r.score!.total).toBeLessThan(60);
    expect(r.outcome).toBe("not-eligible");
  });
});

describeMissing(ruleSet, strongFirm, [
  { id: "rd-total-2y", paths: ["financials.2023.rdExpense"], outcome: "incomplete" },
  // The national share already meets the market position: the rank cannot matter and is not listed.
  { id: "market-rank", paths: ["market.nationalRank"], outcome: "eligible", listed: false },
  { id: "market-position", paths: ["market.nationalSharePercent", "market.nationalRank"], outcome: "incomplete" },
]);

describeMalformed(ruleSet, strongFirm);
describeExplanations(ruleSet, { "the strong firm": strongFirm(), "an empty application": {}, "a firm with few IP": patch(strongFirm(), fewIp) });

import { describe, expect, it } from "vitest";
import { evaluate, getBuiltinRuleSet } from "@/lib/rules";
import { describeAnnex2Score } from "./support/annex-2-score";
import { CONTEXT, patch, strongFirm } from "./support/firms";
import { describePreconditions } from "./support/preconditions";
import { describeCases, describeExplanations, describeMalformed, describeMissing, describeThresholds } from "./support/rule-table";

/**
 * rules.md "Version 2026", tier 2: tier-1 title; niche ≥ 3 years; revenue ≥ 15M or equity financing
 * ≥ 20M over 2 years; main business ≥ 80%; debt ratio ≤ 80%; R&D ≥ 1M and ≥ 3% in each of the last
 * 2 years; ≥ 1 class I IP (waived for a provincial+ S&T award top 3 or a provincial+ R&D
 * institution); a development evaluation score ≥ 50.
 */
const ruleSet = getBuiltinRuleSet("specialized-2026")!;

describePreconditions(ruleSet, strongFirm, "innovative");

describeThresholds(ruleSet, strongFirm, [
  { id: "niche-years", rule: "At least 3 years in the niche", metric: "yearsInNiche", op: ">=", value: 3 },
  { id: "revenue", rule: "Revenue last year at least 15,000,000 yuan", metric: "revenue", op: ">=", value: 15_000_000 },
  {
    id: "equity-financing-2y",
    rule: "Otherwise equity financing over 2 years at least 20,000,000 yuan",
    metric: "equityFinancingTotal",
    years: 2,
    op: ">=",
    value: 20_000_000,
  },
  { id: "min-main-business-share", rule: "Main business at least 80% of revenue", metric: "mainBusinessShare", op: ">=", value: 80 },
  { id: "max-debt-ratio", rule: "Debt ratio at most 80%", metric: "debtRatio", op: "<=", value: 80 },
  { id: "rd-amount-1", rule: "R&D last year at least 1,000,000 yuan", metric: "rdExpense", yearsBack: 1, op: ">=", value: 1_000_000 },
  { id: "rd-amount-2", rule: "R&D the year before at least 1,000,000 yuan", metric: "rdExpense", yearsBack: 2, op: ">=", value: 1_000_000 },
  { id: "rd-share-1", rule: "R&D last year at least 3% of revenue", metric: "rdShare", yearsBack: 1, op: ">=", value: 3 },
  { id: "rd-share-2", rule: "R&D the year before at least 3% of revenue", metric: "rdShare", yearsBack: 2, op: ">=", value: 3 },
  { id: "class-i-ip-count", rule: "At least 1 class I IP", metric: "ipClassI", op: ">=", value: 1 },
]);

const noIp = { ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: 0, classII: 3 }, "rdInstitution.level": "municipal" };
describeCases("class I IP and its waivers", ruleSet, strongFirm, [
  { name: "no class I IP, no award and no provincial institution is not eligible", id: "class-i-ip", changes: noIp, passed: false, outcome: "not-eligible" },
  {
    name: "no class I IP is waived by a provincial S&T award ranked 3rd",
    id: "class-i-ip",
    changes: { ...noIp, "awards.scienceTech": [{ level: "provincial", year: 2024, rank: 3 }] },
    passed: true,
  },
  {
    name: "a provincial S&T award ranked 4th does not waive it",
    id: "class-i-ip",
    changes: { ...noIp, "awards.scienceTech": [{ level: "provincial", year: 2024, rank: 4 }] },
    passed: false,
  },
  {
    name: "no class I IP is waived by a provincial R&D institution",
    id: "class-i-ip",
    changes: { ...noIp, "rdInstitution.level": "provincial" },
    passed: true,
  },
  { name: "no class I IP is waived by a national R&D institution", id: "class-i-ip", changes: { ...noIp, "rdInstitution.level": "national" }, passed: true },
  {
    name: "R&D of 3% last year but under 3% the year before is not eligible",
    id: "rd-expense",
    changes: { "financials.2023.rdExpense": 5_000_000 },
    passed: false,
    outcome: "not-eligible",
  },
]);

describeAnnex2Score(ruleSet, strongFirm);

describe("specialized-2026: evaluation score", () => {
  it("uses the 2022 table as a placeholder, every scored indicator marked unconfirmed, with a pass mark of 50", () => {
    const r = evaluate(ruleSet, strongFirm(), CONTEXT);
    expect(r.score).toMatchObject({ passMark: 50, max: 85, total: 85 });
    expect(r.score!.blocks.flatMap((b) => b.criteria).every((c) => c.unconfirmed)).toBe(true);
    expect(r).toMatchObject({ outcome: "eligible", route: "score" });
  });
  it("a firm meeting every requirement with 50 points is eligible, with 49 it is not", () => {
    // The strong firm (85) without institution, high-value IP, R&D staff, quality items or a chain field: 56.
    const fifty = patch(strongFirm(), {
      "rdInstitution.level": "none",
      ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: 1, classII: 0 },
      "financials.2024.rdStaff": 0,
      quality: {
        provincialQualityAward: false,
        managementSystemCertification: false,
        developedEconomyProductCertification: false,
        ownBrand: false,
        draftedStandard: false,
      },
      leadingProduct: {
        strategicEmergingIndustry: false,
        keyChainLink: "none",
        industrialFoundation: false,
        tenKeyIndustries: false,
        networkPowerField: false,
        timeHonouredBrand: false,
        chainLeaderSupplier: false,
      },
    });
    const at50 = evaluate(ruleSet, fifty, CONTEXT);
    expect(at50.score!.total).toBe(56);
    // Digital level 2 (5 → 3) and a debt ratio of exactly 70% (5 → 1): 50.
    const r50 = evaluate(ruleSet, patch(fifty, { "digital.level": 2, "financials.2024.totalLiabilities": 139_755_000 }), CONTEXT);
    expect(r50.score!.total).toBe(50);
    expect(r50.outcome).toBe("eligible");
    // One fen more debt: over 70% scores 0, total 49.
    const r49 = evaluate(ruleSet, patch(fifty, { "digital.level": 2, "financials.2024.totalLiabilities": 139_755_000.01 }), CONTEXT);
    expect(r49.score!.total).toBe(49);
    expect(r49.outcome).toBe("not-eligible");
  });
});

describeMissing(ruleSet, strongFirm, [
  { id: "rd-share-2", paths: ["financials.2023.revenue"], outcome: "incomplete" },
  { id: "max-debt-ratio", paths: ["financials.2024.totalLiabilities"], outcome: "incomplete" },
  { id: "class-i-ip-count", paths: ["ip.classI"], outcome: "eligible", listed: false },
]);

describeMalformed(ruleSet, strongFirm);
describeExplanations(ruleSet, { "the strong firm": strongFirm(), "an empty application": {}, "a firm without IP": patch(strongFirm(), noIp) });

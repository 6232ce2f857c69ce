import { describe, expect, it } from "vitest";
import { evaluate, getBuiltinRuleSet } from "@/lib/rules";
import { describeAnnex2Score } from "./support/annex-2-score";
import { CONTEXT, patch, specializedBorderline, strongFirm } from "./support/firms";
import { describePreconditions } from "./support/preconditions";
import { describeCases, describeExplanations, describeMalformed, describeMissing, describeThresholds } from "./support/rule-table";

/** rules.md "Tier 2, version 2022 — specialized SME" (工信部企业〔2022〕63号 附件2). */
const ruleSet = getBuiltinRuleSet("specialized-2022")!;

/** The borderline firm (60) with digital level 1 (−3) and no R&D institution (−4): 53 points. */
const failingFirm = () => patch(specializedBorderline(), { "digital.level": 1, "rdInstitution.level": "none" });

describePreconditions(ruleSet, strongFirm, "innovative");

describeThresholds(ruleSet, specializedBorderline, [
  { id: "niche-years", rule: "Requirement 1: at least 2 years in a specific niche market", metric: "yearsInNiche", op: ">=", value: 2 },
  { id: "rd-expense-amount", rule: "Requirement 2: R&D expense last year is at least 1,000,000 yuan", metric: "rdExpense", op: ">=", value: 1_000_000 },
  { id: "rd-expense-share", rule: "Requirement 2: R&D expense last year is at least 3% of revenue", metric: "rdShare", op: ">=", value: 3 },
  { id: "revenue", rule: "Requirement 3: revenue last year is at least 10,000,000 yuan", metric: "revenue", op: ">=", value: 10_000_000 },
  {
    id: "equity-financing-2y",
    rule: "Requirement 3 otherwise: new equity financing over 2 years is at least 20,000,000 yuan",
    metric: "equityFinancingTotal",
    years: 2,
    op: ">=",
    value: 20_000_000,
  },
]);
describeThresholds(ruleSet, failingFirm, [
  {
    id: "direct-rd-average",
    rule: "Direct route: average R&D expense over 2 years is at least 10,000,000 yuan",
    metric: "rdExpenseAverage",
    years: 2,
    op: ">=",
    value: 10_000_000,
  },
  {
    id: "direct-equity-financing",
    rule: "Direct route: new equity financing over 2 years is at least 60,000,000 yuan",
    metric: "equityFinancingTotal",
    years: 2,
    op: ">=",
    value: 60_000_000,
  },
]);

describeCases("requirements as a whole", ruleSet, specializedBorderline, [
  {
    name: "R&D of 1,000,000 yuan that is under 3% of revenue fails requirement 2",
    id: "rd-expense",
    changes: { "financials.2024.revenue": 40_000_000, "financials.2024.rdExpense": 1_000_000 },
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "R&D of 3% that is under 1,000,000 yuan fails requirement 2",
    id: "rd-expense",
    changes: { "financials.2024.revenue": 30_000_000, "financials.2024.rdExpense": 900_000 },
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "revenue under 10,000,000 yuan with 20,000,000 yuan of financing over 2 years meets requirement 3",
    id: "revenue-or-financing",
    changes: { "financials.2024.revenue": 9_999_999.99, "equityFinancing.2023": 10_000_000, "equityFinancing.2024": 10_000_000 },
    passed: true,
  },
  {
    name: "revenue under 10,000,000 yuan without enough financing fails requirement 3",
    id: "revenue-or-financing",
    changes: { "financials.2024.revenue": 9_999_999.99, "equityFinancing.2024": 19_999_999.99 },
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "financing in 2022 is outside the 2-year window of requirement 3",
    id: "equity-financing-2y",
    changes: { "equityFinancing.2022": 50_000_000 },
    passed: false,
  },
  { name: "one year in the niche fails requirement 1", id: "niche-years", changes: { "market.nicheSince": 2024 }, passed: false, outcome: "not-eligible" },
]);

describeAnnex2Score(ruleSet, specializedBorderline);

describe("specialized-2022: totals, blocks and outcome", () => {
  it("the national rule set has an empty distinctive block: 85 points possible, pass mark still 60", () => {
    const r = evaluate(ruleSet, strongFirm(), CONTEXT);
    expect(r.score).toMatchObject({ total: 85, totalPossible: 85, max: 85, passMark: 60, passed: true });
    expect(r.score!.blocks.map((b) => [b.id, b.points, b.max])).toEqual([
      ["specialisation", 25, 25],
      ["refinement", 25, 25],
      ["distinctive", 0, 0],
      ["innovation", 35, 35],
    ]);
    expect(r).toMatchObject({ outcome: "eligible", route: "score", missing: [] });
  });
  it("a firm on exactly 60 (20 + 19 + 0 + 21) meeting every requirement is eligible by score", () => {
    const r = evaluate(ruleSet, specializedBorderline(), CONTEXT);
    expect(r.score!.blocks.map((b) => b.points)).toEqual([20, 19, 0, 21]);
    expect(r).toMatchObject({ outcome: "eligible", route: "score", missing: [] });
    expect(r.score).toMatchObject({ total: 60, passed: true });
  });
  it("57 points (digital level 1) is not eligible without a direct route", () => {
    const r = evaluate(ruleSet, patch(specializedBorderline(), { "digital.level": 1 }), CONTEXT);
    expect(r.score!.total).toBe(57);
    expect(r).toMatchObject({ outcome: "not-eligible", route: null });
  });
  it("a score of 85 does not make up for a failed requirement", () => {
    const r = evaluate(ruleSet, patch(strongFirm(), { "market.nicheSince": 2024 }), CONTEXT);
    expect(r.score!.passed).toBe(true);
    expect(r.outcome).toBe("not-eligible");
    expect(r.summary.en).toContain("At least 2 years in a specific niche market");
  });
});

const award = (level: string, year: number, rank?: number) => ({ "awards.scienceTech": [rank === undefined ? { level, year } : { level, year, rank }] });
describeCases("direct routes, each on its own", ruleSet, failingFirm, [
  {
    name: "the failing firm (53 points) has no direct route and is not eligible",
    id: "direct-st-award",
    changes: {},
    passed: false,
    outcome: "not-eligible",
    route: null,
  },
  {
    name: "a provincial S&T award ranked 3rd in 2023 qualifies directly",
    id: "direct-st-award",
    changes: award("provincial", 2023, 3),
    passed: true,
    outcome: "eligible",
    route: "direct:direct-st-award",
  },
  { name: "a provincial S&T award ranked 4th does not", id: "direct-st-award", changes: award("provincial", 2023, 4), passed: false, outcome: "not-eligible" },
  {
    name: "a national S&T award ranked 5th qualifies directly",
    id: "direct-st-award",
    changes: award("national", 2024, 5),
    passed: true,
    outcome: "eligible",
    route: "direct:direct-st-award",
  },
  { name: "a national S&T award ranked 6th does not", id: "direct-st-award", changes: award("national", 2024, 6), passed: false, outcome: "not-eligible" },
  {
    name: "a top-ranked award from 2021 is older than 3 years",
    id: "direct-st-award",
    changes: award("national", 2021, 1),
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "an award without its rank cannot be judged: incomplete",
    id: "direct-st-award",
    changes: award("provincial", 2024),
    passed: null,
    outcome: "incomplete",
  },
  {
    name: "average R&D of 10,000,000 yuan over 2023–2024 qualifies directly",
    id: "direct-rd-average",
    changes: { "financials.2023.rdExpense": 10_000_000, "financials.2024.rdExpense": 10_000_000 },
    passed: true,
    outcome: "eligible",
    route: "direct:direct-rd-average",
  },
  {
    name: "60,000,000 yuan of equity financing over 2023–2024 qualifies directly",
    id: "direct-equity-financing",
    changes: { "equityFinancing.2023": 30_000_000, "equityFinancing.2024": 30_000_000 },
    passed: true,
    outcome: "eligible",
    route: "direct:direct-equity-financing",
  },
  {
    name: "Maker China national top 500 in 2023 qualifies directly",
    id: "direct-maker-china",
    changes: { "awards.makerChinaTop500": true, "awards.makerChinaTop500Year": 2023 },
    passed: true,
    outcome: "eligible",
    route: "direct:direct-maker-china",
  },
  {
    name: "Maker China top 500 in 2021 is older than 3 years",
    id: "direct-maker-china",
    changes: { "awards.makerChinaTop500": true, "awards.makerChinaTop500Year": 2021 },
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "a direct route does not replace the requirements",
    id: "direct-maker-china",
    changes: { "awards.makerChinaTop500": true, "awards.makerChinaTop500Year": 2023, "financials.2024.rdExpense": 900_000 },
    passed: true,
    outcome: "not-eligible",
  },
]);

describeMissing(ruleSet, specializedBorderline, [
  { id: "niche-years", paths: ["market.nicheSince"], outcome: "incomplete" },
  { id: "rd-expense", paths: ["financials.2024.rdExpense"], outcome: "incomplete" },
  { id: "revenue-or-financing", paths: ["financials.2024.revenue"], named: ["financials.2024.revenue"], outcome: "incomplete" },
  // Revenue already meets requirement 3, but the 60M financing direct route still reads the year: listed, harmless.
  { id: "equity-financing-2y", paths: ["equityFinancing.2023"], outcome: "eligible" },
  { id: "main-business-share", paths: ["financials.2024.mainBusinessRevenue"], outcome: "incomplete" },
  { id: "main-business-growth-average", paths: ["financials.2022.mainBusinessRevenue"], outcome: "incomplete" },
  { id: "years-in-niche", paths: ["market.nicheSince"], outcome: "incomplete" },
  { id: "leading-product-field", paths: ["leadingProduct.industrialFoundation"], outcome: "incomplete" },
  { id: "digital-level", paths: ["digital.level"], outcome: "incomplete" },
  { id: "quality-management", paths: ["quality.provincialQualityAward"], outcome: "incomplete" },
  { id: "net-margin", paths: ["financials.2024.netProfit"], outcome: "incomplete" },
  { id: "debt-ratio", paths: ["financials.2024.totalAssets"], outcome: "incomplete" },
  { id: "ip-leading-product", paths: ["ip.selfDevelopedClassI"], outcome: "incomplete" },
  { id: "rd-investment", paths: ["financials.2024.rdExpense"], outcome: "incomplete" },
  { id: "rd-staff-share", paths: ["financials.2024.rdStaff"], outcome: "incomplete" },
  { id: "rd-institution", paths: ["rdInstitution.level"], outcome: "incomplete" },
]);
describeMissing(ruleSet, failingFirm, [
  { id: "direct-st-award", paths: ["awards.scienceTech"], outcome: "incomplete" },
  { id: "direct-rd-average", paths: ["financials.2023.rdExpense"], outcome: "incomplete" },
  { id: "direct-equity-financing", paths: ["equityFinancing.2024"], outcome: "incomplete" },
  { id: "direct-maker-china", paths: ["awards.makerChinaTop500"], outcome: "incomplete" },
]);

describeMalformed(ruleSet, strongFirm);
describeExplanations(ruleSet, {
  "the strong firm": strongFirm(),
  "the borderline firm": specializedBorderline(),
  "a failing firm": failingFirm(),
  "an empty application": {},
});

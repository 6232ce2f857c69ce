import { describe, expect, it } from "vitest";
import { evaluate, getBuiltinRuleSet } from "@/lib/rules";
import { block, CONTEXT, patch, strongFirm } from "./support/firms";
import { describePreconditions } from "./support/preconditions";
import { describeBands, describeCases, describeExplanations, describeMalformed, describeMissing, describeThresholds } from "./support/rule-table";

/**
 * rules.md "Rule versions": Shanxi's 2019 provincial list — revenue over 5 million yuan last year,
 * and main-business growth ≥ 15% year on year or an average ≥ 10% over the last two years (?).
 * Its distinctive (特色化) block is illustrative (declared as such in the rule set).
 */
const ruleSet = getBuiltinRuleSet("shanxi-specialized-2019")!;
/** Exactly the illustrative pass mark of 5: in-province supply share 30% and nothing else. */
const borderline = () => patch(strongFirm(), { regional: { "key-industry-chain": false, "in-province-supply-share": 30, "non-coal-main-business": false } });

describePreconditions(ruleSet, strongFirm, null);

describeThresholds(ruleSet, strongFirm, [
  { id: "revenue", rule: "Revenue last year of 5,000,000 yuan or more (500万元以上, inclusive)", metric: "revenue", op: ">=", value: 5_000_000 },
  { id: "growth-last-year", rule: "Main-business growth last year at least 15%", metric: "mainBusinessGrowth", op: ">=", value: 15 },
  { id: "growth-average", rule: "Or 2-year average main-business growth at least 10%", metric: "mainBusinessGrowthAverage", years: 2, op: ">=", value: 10 },
]);

describeBands(ruleSet, borderline, [
  {
    id: "in-province-supply-share",
    rule: "Illustrative: share of sales supplied in the province ≥30% 5, 10–30% 3, <10% 0",
    metric: "regionalNumber",
    key: "in-province-supply-share",
    direction: "higher-is-better",
    bands: [
      [30, 5],
      [10, 3],
    ],
    otherwise: 0,
  },
]);

describeCases("growth alternatives and provincial indicators", ruleSet, borderline, [
  { name: "no tier-1 title is required in 2019", id: "revenue", changes: { "titlesHeld.innovative": false }, passed: true, outcome: "eligible" },
  {
    name: "growth of 14% last year with a 2-year average of 9% is not eligible",
    id: "growth",
    changes: {
      "financials.2022.mainBusinessRevenue": 100_000_000,
      "financials.2023.mainBusinessRevenue": 104_000_000,
      "financials.2024.mainBusinessRevenue": 118_560_000,
    },
    passed: false,
    outcome: "not-eligible",
  },
  { name: "a provincial key industry chain scores 6", id: "key-industry-chain", changes: { "regional.key-industry-chain": true }, points: 6 },
  { name: "a main business outside coal scores 4", id: "non-coal-main-business", changes: { "regional.non-coal-main-business": true }, points: 4 },
  {
    name: "a provincial yes/no indicator answered with a number cannot be judged and scores 0",
    id: "key-industry-chain",
    changes: { "regional.key-industry-chain": 1 },
    points: 0,
  },
]);

describe("shanxi-specialized-2019: score and outcome", () => {
  it("5 points reaches the illustrative pass mark: eligible", () => {
    const r = evaluate(ruleSet, borderline(), CONTEXT);
    expect(block(r, "distinctive")).toMatchObject({ points: 5, max: 15 });
    expect(r).toMatchObject({ outcome: "eligible", route: "score", missing: [] });
  });
  it("3 points (supply share 29.99%) is not eligible", () => {
    const r = evaluate(ruleSet, patch(borderline(), { "regional.in-province-supply-share": 29.99 }), CONTEXT);
    expect(r.score!.total).toBe(3);
    expect(r.outcome).toBe("not-eligible");
  });
  it("all three indicators give 15", () => {
    expect(evaluate(ruleSet, strongFirm(), CONTEXT).score!.total).toBe(15);
  });
});

describeMissing(ruleSet, borderline, [
  { id: "revenue", paths: ["financials.2024.revenue"], outcome: "incomplete" },
  { id: "growth", paths: ["financials.2023.mainBusinessRevenue"], outcome: "incomplete" },
  { id: "in-province-supply-share", paths: ["regional.in-province-supply-share"], outcome: "incomplete" },
  // Without its answer the chain indicator could add 6, but 5 points already pass: still eligible.
  { id: "key-industry-chain", paths: ["regional.key-industry-chain"], outcome: "eligible" },
]);

describeMalformed(ruleSet, strongFirm);
describeExplanations(ruleSet, { "the strong firm": strongFirm(), "the borderline firm": borderline(), "an empty application": {} });

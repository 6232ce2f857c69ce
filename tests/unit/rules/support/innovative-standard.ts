import { describe, expect, it } from "vitest";
import { evaluate, type RuleSet } from "@/lib/rules";
import { block, CONTEXT, innovativeBorderline, patch, strongFirm } from "./firms";
import { describePreconditions } from "./preconditions";
import { describeBands, describeCases, describeExplanations, describeMalformed, describeMissing, describeThresholds } from "./rule-table";

/**
 * rules.md "Tier 1, version 2022 — innovative SME" (工信部企业〔2022〕63号 附件1), which the 2026
 * measures keep until a merged standard is issued. Shared by the innovative-2022 and -2026 tests.
 */

/** The borderline firm with main business falling to 49% of revenue: 40 points, so only a direct route can help. */
const failingFirm = () => patch(innovativeBorderline(), { "financials.2024.mainBusinessRevenue": 49_000_000 });

export function describeInnovativeStandard(ruleSet: RuleSet): void {
  describePreconditions(ruleSet, strongFirm, null);

  describeBands(ruleSet, innovativeBorderline, [
    {
      id: "rd-share",
      rule: "R&D expense / revenue last year: ≥5% 20, 3–5% 15, 2–3% 10, 1–2% 5, <1% 0",
      metric: "rdShare",
      direction: "higher-is-better",
      bands: [
        [5, 20],
        [3, 15],
        [2, 10],
        [1, 5],
      ],
      otherwise: 0,
    },
    {
      id: "main-business-growth",
      rule: "Main-business revenue growth last year: ≥15% 20, 10–15% 15, 5–10% 10, 0–5% 5, <0 0",
      metric: "mainBusinessGrowth",
      direction: "higher-is-better",
      bands: [
        [15, 20],
        [10, 15],
        [5, 10],
        [0, 5],
      ],
      otherwise: 0,
    },
    {
      id: "debt-ratio",
      rule: "Debt ratio last year: ≤55% 10, 55–75% 5, >75% 0",
      metric: "debtRatio",
      direction: "lower-is-better",
      bands: [
        [55, 10],
        [75, 5],
      ],
      otherwise: 0,
    },
    {
      id: "main-business-share",
      rule: "Main-business revenue / revenue last year: ≥70% 20, 60–70% 15, 55–60% 10, 50–55% 5, <50% 0",
      metric: "mainBusinessShare",
      direction: "higher-is-better",
      bands: [
        [70, 20],
        [60, 15],
        [55, 10],
        [50, 5],
      ],
      otherwise: 0,
    },
  ]);

  const ip = (highValueClassI: number, selfDevelopedClassI: number, classI: number, classII: number) => ({
    ip: { highValueClassI, selfDevelopedClassI, classI, classII },
  });
  describeCases("IP tied to the leading product and the SEI catalogue", ruleSet, innovativeBorderline, [
    { name: "one high-value class I IP scores 20", id: "ip-leading-product", changes: ip(1, 0, 1, 0), points: 20 },
    { name: "one self-developed class I IP scores 15", id: "ip-leading-product", changes: ip(0, 1, 1, 0), points: 15 },
    { name: "one class I IP scores 10", id: "ip-leading-product", changes: ip(0, 0, 1, 0), points: 10 },
    { name: "one class II IP (and no class I) scores 5", id: "ip-leading-product", changes: ip(0, 0, 0, 1), points: 5 },
    { name: "no IP scores 0", id: "ip-leading-product", changes: ip(0, 0, 0, 0), points: 0 },
    { name: "the best IP class counts: high-value class I with class II scores 20", id: "ip-leading-product", changes: ip(2, 2, 3, 9), points: 20 },
    {
      name: "leading product in the Strategic Emerging Industries catalogue scores 10",
      id: "strategic-emerging-industry",
      changes: { "leadingProduct.strategicEmergingIndustry": true },
      points: 10,
    },
    {
      name: "leading product outside the catalogue still scores 5",
      id: "strategic-emerging-industry",
      changes: { "leadingProduct.strategicEmergingIndustry": false },
      points: 5,
    },
  ]);

  describe(`${ruleSet.code}: totals, block minima and outcome`, () => {
    it("a firm on exactly 60 with every block on its minimum is eligible by score", () => {
      const r = evaluate(ruleSet, innovativeBorderline(), CONTEXT);
      expect(r.score).toMatchObject({ total: 60, totalPossible: 60, max: 100, passMark: 60, passed: true });
      expect(["innovation", "growth", "specialisation"].map((id) => [block(r, id).points, block(r, id).minimum, block(r, id).max])).toEqual([
        [20, 20, 40],
        [20, 15, 30],
        [20, 15, 30],
      ]);
      expect(r).toMatchObject({ outcome: "eligible", route: "score", missing: [] });
    });
    it("the strong firm scores 95 (40 + 25 + 30)", () => {
      const r = evaluate(ruleSet, strongFirm(), CONTEXT);
      expect([r.score?.total, block(r, "innovation").points, block(r, "growth").points, block(r, "specialisation").points]).toEqual([95, 40, 25, 30]);
      expect(r.outcome).toBe("eligible");
      expect(r.route).toBe("score");
    });
    it("a firm on 40 points is not eligible when no direct route applies", () => {
      const r = evaluate(ruleSet, failingFirm(), CONTEXT);
      expect(r.score?.total).toBe(40);
      expect(r).toMatchObject({ outcome: "not-eligible", route: null, missing: [] });
      expect(r.summary.en).toMatch(/below the pass mark of 60/);
    });
    const blockShort = [
      {
        name: "a total ≥ 60 with innovation below 20 is not eligible",
        block: "innovation",
        changes: {
          ...ip(0, 0, 0, 1),
          "financials.2024.rdExpense": 2_000_000,
          "financials.2024.mainBusinessRevenue": 80_000_000,
          "leadingProduct.strategicEmergingIndustry": true,
        },
      },
      {
        name: "a total ≥ 60 with growth below 15 is not eligible",
        block: "growth",
        changes: {
          ...ip(1, 1, 1, 0),
          "financials.2024.rdExpense": 6_000_000,
          "financials.2023.mainBusinessRevenue": 90_000_000,
          "financials.2024.mainBusinessRevenue": 80_000_000,
          "financials.2024.totalLiabilities": 80_000_000,
        },
      },
      {
        name: "a total ≥ 60 with specialisation below 15 is not eligible",
        block: "specialisation",
        changes: {
          ...ip(1, 1, 1, 0),
          "financials.2024.rdExpense": 6_000_000,
          "financials.2024.mainBusinessRevenue": 49_000_000,
          "financials.2023.mainBusinessRevenue": 40_000_000,
          "leadingProduct.strategicEmergingIndustry": false,
        },
      },
    ];
    it.each(blockShort)("$name", ({ block: id, changes }) => {
      const r = evaluate(ruleSet, patch(innovativeBorderline(), changes), CONTEXT);
      const b = block(r, id);
      expect(r.score!.total).toBeGreaterThanOrEqual(60);
      expect(b.points).toBeLessThan(b.minimum);
      expect(b.passed).toBe(false);
      expect(r.outcome).toBe("not-eligible");
    });
  });

  describeThresholds(ruleSet, failingFirm, [
    {
      id: "direct-equity-financing",
      rule: "Direct route: new equity financing over the last 3 years is at least 5,000,000 yuan",
      metric: "equityFinancingTotal",
      years: 3,
      op: ">=",
      value: 5_000_000,
    },
  ]);

  describeCases("direct routes, each on its own", ruleSet, failingFirm, [
    {
      name: "without any direct route a firm below 60 points is not eligible",
      id: "direct-st-award",
      changes: {},
      passed: false,
      outcome: "not-eligible",
      route: null,
    },
    {
      name: "a provincial S&T award in 2023 qualifies directly",
      id: "direct-st-award",
      changes: { "awards.scienceTech": [{ level: "provincial", year: 2023 }] },
      passed: true,
      outcome: "eligible",
      route: "direct:direct-st-award",
    },
    {
      name: "a national S&T award in 2022 (3 years back) qualifies directly",
      id: "direct-st-award",
      changes: { "awards.scienceTech": [{ level: "national", year: 2022, rank: 9 }] },
      passed: true,
      outcome: "eligible",
      route: "direct:direct-st-award",
    },
    {
      name: "an S&T award in 2021 is older than 3 years and does not qualify",
      id: "direct-st-award",
      changes: { "awards.scienceTech": [{ level: "national", year: 2021 }] },
      passed: false,
      outcome: "not-eligible",
    },
    {
      name: "a valid high-tech enterprise title qualifies directly",
      id: "direct-valid-honour",
      changes: { "validTitles.highTechEnterprise": true },
      passed: true,
      outcome: "eligible",
      route: "direct:direct-valid-honour",
    },
    {
      name: "a national technology-innovation demonstration title qualifies directly",
      id: "direct-valid-honour",
      changes: { "validTitles.techInnovationDemonstration": true },
      passed: true,
      outcome: "eligible",
      route: "direct:direct-valid-honour",
    },
    {
      name: "an IP-advantage or IP-demonstration title qualifies directly",
      id: "direct-valid-honour",
      changes: { "validTitles.ipAdvantageOrDemonstration": true },
      passed: true,
      outcome: "eligible",
      route: "direct:direct-valid-honour",
    },
    {
      name: "a provincial R&D institution qualifies directly",
      id: "direct-rd-institution",
      changes: { "rdInstitution.level": "provincial" },
      passed: true,
      outcome: "eligible",
      route: "direct:direct-rd-institution",
    },
    {
      name: "a national R&D institution qualifies directly",
      id: "direct-rd-institution",
      changes: { "rdInstitution.level": "national" },
      passed: true,
      outcome: "eligible",
      route: "direct:direct-rd-institution",
    },
    {
      name: "a municipal R&D institution is not a direct route",
      id: "direct-rd-institution",
      changes: { "rdInstitution.level": "municipal" },
      passed: false,
      outcome: "not-eligible",
    },
    {
      name: "5,000,000 yuan of equity financing in 2022 qualifies directly",
      id: "direct-equity-financing",
      changes: { "equityFinancing.2022": 5_000_000 },
      passed: true,
      outcome: "eligible",
      route: "direct:direct-equity-financing",
    },
    {
      name: "equity financing of 2021 is outside the 3-year window",
      id: "direct-equity-financing",
      changes: { "equityFinancing.2021": 9_000_000 },
      passed: false,
      outcome: "not-eligible",
    },
    {
      name: "a direct route does not override a failed precondition",
      id: "direct-valid-honour",
      changes: { "validTitles.highTechEnterprise": true, "compliance.onSeriousDishonestyList": true },
      passed: true,
      outcome: "not-eligible",
      route: null,
    },
  ]);

  describeMissing(ruleSet, innovativeBorderline, [
    { id: "ip-leading-product", paths: ["ip.classI"], outcome: "incomplete" },
    { id: "rd-share", paths: ["financials.2024.rdExpense"], outcome: "incomplete" },
    { id: "rd-share", paths: ["financials.2024.revenue"], outcome: "incomplete" },
    { id: "main-business-growth", paths: ["financials.2023.mainBusinessRevenue"], outcome: "incomplete" },
    { id: "debt-ratio", paths: ["financials.2024.totalLiabilities"], outcome: "incomplete" },
    { id: "debt-ratio", paths: ["financials.2024.totalAssets"], outcome: "incomplete" },
    { id: "strategic-emerging-industry", paths: ["leadingProduct.strategicEmergingIndustry"], outcome: "incomplete" },
    { id: "main-business-share", paths: ["financials.2024.mainBusinessRevenue"], outcome: "incomplete" },
    // A firm that passes by score is eligible whatever its direct routes, but the blank is still listed.
    { id: "direct-valid-honour", paths: ["validTitles.highTechEnterprise"], outcome: "eligible" },
  ]);
  describeMissing(ruleSet, failingFirm, [
    { id: "direct-st-award", paths: ["awards.scienceTech"], outcome: "incomplete" },
    { id: "direct-valid-honour", paths: ["validTitles.techInnovationDemonstration"], outcome: "incomplete" },
    { id: "direct-rd-institution", paths: ["rdInstitution.level"], outcome: "incomplete" },
    { id: "direct-equity-financing", paths: ["equityFinancing.2023"], outcome: "incomplete" },
  ]);

  describeMalformed(ruleSet, strongFirm);
  describeExplanations(ruleSet, {
    "the strong firm": strongFirm(),
    "the borderline firm": innovativeBorderline(),
    "a failing firm": failingFirm(),
    "an empty application": {},
  });
}

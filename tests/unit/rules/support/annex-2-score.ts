import type { Facts, RuleSet } from "@/lib/rules";
import { describeBands, describeCases } from "./rule-table";

/**
 * rules.md "Tier 2, version 2022" scoring table (工信部企业〔2022〕63号 附件2 二): specialisation 25,
 * refinement 25, distinctive 15 (per province), innovation 35. The 2026 rule sets use the same
 * table as a placeholder, so they are checked against it too.
 */
export function describeAnnex2Score(ruleSet: RuleSet, base: () => Facts): void {
  describeBands(ruleSet, base, [
    {
      id: "main-business-share",
      rule: "Main-business share of revenue: ≥80% 5, 70–80% 3, 60–70% 1, <60% 0",
      metric: "mainBusinessShare",
      direction: "higher-is-better",
      bands: [
        [80, 5],
        [70, 3],
        [60, 1],
      ],
      otherwise: 0,
    },
    {
      id: "main-business-growth-average",
      rule: "2-year average main-business growth: ≥10% 10, 8–10% 8, 6–8% 6, 4–6% 4, 0–4% 2, <0 0",
      metric: "mainBusinessGrowthAverage",
      years: 2,
      direction: "higher-is-better",
      bands: [
        [10, 10],
        [8, 8],
        [6, 6],
        [4, 4],
        [0, 2],
      ],
      otherwise: 0,
    },
    {
      id: "years-in-niche",
      rule: "Years in the niche: 1 point per full 2 years, at most 5",
      metric: "yearsInNiche",
      direction: "higher-is-better",
      bands: [
        [10, 5],
        [8, 4],
        [6, 3],
        [4, 2],
        [2, 1],
      ],
      otherwise: 0,
    },
    {
      id: "digital-level",
      rule: "Digital level: level ≥3 5, level 2 3, level 1 0",
      metric: "digitalLevel",
      direction: "higher-is-better",
      bands: [
        [3, 5],
        [2, 3],
      ],
      otherwise: 0,
    },
    {
      id: "net-margin",
      rule: "Net profit margin: ≥10% 10, 8–10% 8, 6–8% 6, 4–6% 4, 2–4% 2, <2% 0",
      metric: "netMargin",
      direction: "higher-is-better",
      bands: [
        [10, 10],
        [8, 8],
        [6, 6],
        [4, 4],
        [2, 2],
      ],
      otherwise: 0,
    },
    {
      id: "debt-ratio",
      rule: "Debt ratio: ≤50% 5, 50–60% 3, 60–70% 1, >70% 0",
      metric: "debtRatio",
      direction: "lower-is-better",
      bands: [
        [50, 5],
        [60, 3],
        [70, 1],
      ],
      otherwise: 0,
    },
    {
      id: "rd-amount",
      rule: "R&D expense amount: ≥5M 10, 4–5M 8, 3–4M 6, 2–3M 4, 1–2M 2, else 0",
      metric: "rdExpense",
      direction: "higher-is-better",
      bands: [
        [5_000_000, 10],
        [4_000_000, 8],
        [3_000_000, 6],
        [2_000_000, 4],
        [1_000_000, 2],
      ],
      otherwise: 0,
    },
    {
      id: "rd-share-band",
      rule: "R&D share of revenue: ≥10% 10, 8–10% 8, 6–8% 6, 4–6% 4, 3–4% 2, else 0",
      metric: "rdShare",
      direction: "higher-is-better",
      bands: [
        [10, 10],
        [8, 8],
        [6, 6],
        [4, 4],
        [3, 2],
      ],
      otherwise: 0,
    },
    {
      id: "rd-staff-share",
      rule: "R&D staff / employees: ≥20% 5, 10–20% 3, 5–10% 1, <5% 0",
      metric: "rdStaffShare",
      direction: "higher-is-better",
      bands: [
        [20, 5],
        [10, 3],
        [5, 1],
      ],
      otherwise: 0,
    },
  ]);

  const field = (keyChainLink: string, industrialFoundation: boolean, timeHonouredBrand: boolean, chainLeaderSupplier: boolean) => ({
    "leadingProduct.keyChainLink": keyChainLink,
    "leadingProduct.industrialFoundation": industrialFoundation,
    "leadingProduct.timeHonouredBrand": timeHonouredBrand,
    "leadingProduct.chainLeaderSupplier": chainLeaderSupplier,
  });
  const quality = (n: number) => ({
    quality: Object.fromEntries(
      ["provincialQualityAward", "managementSystemCertification", "ownBrand", "draftedStandard"]
        .map((k, i) => [k, i < n])
        .concat([["developedEconomyProductCertification", false]]),
    ),
  });
  const ip = (highValueClassI: number, selfDevelopedClassI: number, classI: number, classII: number) => ({
    ip: { highValueClassI, selfDevelopedClassI, classI, classII },
  });
  const rd = (revenue: number, rdExpense: number) => ({ "financials.2024.revenue": revenue, "financials.2024.rdExpense": rdExpense });

  describeCases("annex 2 indicators by answer", ruleSet, base, [
    { name: "years in the niche: 1 full year scores 0", id: "years-in-niche", changes: { "market.nicheSince": 2024 }, points: 0 },
    { name: "years in the niche: 3 years scores 1 (one full 2 years)", id: "years-in-niche", changes: { "market.nicheSince": 2022 }, points: 1 },
    { name: "years in the niche: 20 years still scores at most 5", id: "years-in-niche", changes: { "market.nicheSince": 2005 }, points: 5 },
    { name: "field: filling a gap in a key chain scores 5", id: "leading-product-field", changes: field("fills-gap", false, false, false), points: 5 },
    { name: "field: strengthening a weak link scores 5", id: "leading-product-field", changes: field("strengthens-weak-link", false, false, false), points: 5 },
    { name: "field: the industrial six foundations score 3", id: "leading-product-field", changes: field("none", true, false, false), points: 3 },
    { name: "field: a time-honoured brand scores 3", id: "leading-product-field", changes: field("none", false, true, false), points: 3 },
    { name: "field: a supplier to a chain-leading firm scores 3", id: "leading-product-field", changes: field("none", false, false, true), points: 3 },
    {
      name: "field: extending a strong link is not in the table and, alone, scores 0",
      id: "leading-product-field",
      changes: field("extends-strong-link", false, false, false),
      points: 0,
    },
    { name: "field: any other field scores 0", id: "leading-product-field", changes: field("none", false, false, false), points: 0 },
    { name: "digital level 4 scores 5 (level ≥ 3)", id: "digital-level", changes: { "digital.level": 4 }, points: 5 },
    { name: "quality management: nothing scores 0", id: "quality-management", changes: quality(0), points: 0 },
    { name: "quality management: one item scores 3", id: "quality-management", changes: quality(1), points: 3 },
    { name: "quality management: two items score 5 (3 each, capped at 5)", id: "quality-management", changes: quality(2), points: 5 },
    { name: "quality management: all four items still score 5", id: "quality-management", changes: quality(4), points: 5 },
    {
      name: "quality management: a developed-economy product certification is not one of the items",
      id: "quality-management",
      changes: { ...quality(0), "quality.developedEconomyProductCertification": true },
      points: 0,
    },
    { name: "a loss gives a negative margin and scores 0", id: "net-margin", changes: { "financials.2024.netProfit": -1_000_000 }, points: 0 },
    { name: "IP: high-value class I scores 10", id: "ip-leading-product", changes: ip(1, 0, 1, 0), points: 10 },
    { name: "IP: self-developed class I scores 8", id: "ip-leading-product", changes: ip(0, 1, 1, 0), points: 8 },
    { name: "IP: class I scores 6", id: "ip-leading-product", changes: ip(0, 0, 1, 0), points: 6 },
    { name: "IP: class II scores 2", id: "ip-leading-product", changes: ip(0, 0, 0, 1), points: 2 },
    { name: "IP: none scores 0", id: "ip-leading-product", changes: ip(0, 0, 0, 0), points: 0 },
    {
      name: "R&D: amount or share, whichever scores higher — 4.5M at 3.5% scores 8 by amount",
      id: "rd-investment",
      changes: rd(128_571_428.57, 4_500_000),
      points: 8,
    },
    {
      name: "R&D: amount or share, whichever scores higher — 1.5M at 9% scores 8 by share",
      id: "rd-investment",
      changes: rd(16_666_666.67, 1_500_000),
      points: 8,
    },
    { name: "R&D: 5M at 10% scores 10 (both ways)", id: "rd-investment", changes: rd(50_000_000, 5_000_000), points: 10 },
    { name: "R&D: 0.9M at 2% scores 0", id: "rd-investment", changes: rd(45_000_000, 900_000), points: 0 },
    { name: "R&D institution: national scores 10", id: "rd-institution", changes: { "rdInstitution.level": "national" }, points: 10 },
    { name: "R&D institution: provincial scores 8", id: "rd-institution", changes: { "rdInstitution.level": "provincial" }, points: 8 },
    { name: "R&D institution: municipal scores 4", id: "rd-institution", changes: { "rdInstitution.level": "municipal" }, points: 4 },
    { name: "R&D institution: below municipal scores 2", id: "rd-institution", changes: { "rdInstitution.level": "lower" }, points: 2 },
    { name: "R&D institution: none scores 0", id: "rd-institution", changes: { "rdInstitution.level": "none" }, points: 0 },
  ]);
}

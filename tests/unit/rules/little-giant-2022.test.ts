import { describe, expect, it } from "vitest";
import { evaluate, getBuiltinRuleSet } from "@/lib/rules";
import { CONTEXT, patch, strongFirm } from "./support/firms";
import { describePreconditions } from "./support/preconditions";
import { describeRdBySize } from "./support/rd-by-size";
import { describeCases, describeExplanations, describeMalformed, describeMissing, describeThresholds } from "./support/rule-table";

/** rules.md "Tier 3, version 2022 — little giant" (工信部企业〔2022〕63号 附件3): no score, every dimension required. */
const ruleSet = getBuiltinRuleSet("little-giant-2022")!;

describePreconditions(ruleSet, strongFirm, "specialized");

describeThresholds(ruleSet, strongFirm, [
  { id: "niche-years", rule: "Specialisation: at least 3 years in the niche", metric: "yearsInNiche", op: ">=", value: 3 },
  { id: "main-business-share", rule: "Specialisation: main business at least 70% of revenue", metric: "mainBusinessShare", op: ">=", value: 70 },
  {
    id: "main-business-growth-average",
    rule: "Specialisation: 2-year average main-business growth at least 5%",
    metric: "mainBusinessGrowthAverage",
    years: 2,
    op: ">=",
    value: 5,
  },
  { id: "debt-ratio", rule: "Refinement: debt ratio at most 70%", metric: "debtRatio", op: "<=", value: 70 },
  { id: "national-share", rule: "Distinctiveness: national share of the niche market at least 10%", metric: "nationalMarketShare", op: ">=", value: 10 },
  { id: "class-i-ip", rule: "Innovation: at least 2 class I IP tied to the leading product", metric: "ipClassI", op: ">=", value: 2 },
]);

describeRdBySize(ruleSet);

describeCases("refinement, distinctiveness, innovation, chain and product", ruleSet, strongFirm, [
  {
    name: "information systems in R&D/design alone are enough",
    id: "information-systems",
    changes: { digital: { level: 1, rdDesignOnSystems: true, manufacturingOnSystems: false, supplyChainOnSystems: false } },
    passed: true,
  },
  {
    name: "information systems in supply-chain management alone are enough",
    id: "information-systems",
    changes: { digital: { level: 1, rdDesignOnSystems: false, manufacturingOnSystems: false, supplyChainOnSystems: true } },
    passed: true,
  },
  {
    name: "no core business on information systems is not eligible",
    id: "information-systems",
    changes: { digital: { level: 1, rdDesignOnSystems: false, manufacturingOnSystems: false, supplyChainOnSystems: false } },
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "a developed-economy product certification replaces a management-system certification",
    id: "certification",
    changes: { "quality.managementSystemCertification": false, "quality.developedEconomyProductCertification": true },
    passed: true,
  },
  {
    name: "neither certification is not eligible",
    id: "certification",
    changes: { "quality.managementSystemCertification": false, "quality.developedEconomyProductCertification": false },
    passed: false,
    outcome: "not-eligible",
  },
  { name: "no own brand is not eligible", id: "own-brand", changes: { "quality.ownBrand": false }, passed: false, outcome: "not-eligible" },
  { name: "a joint R&D institution counts", id: "rd-institution", changes: { rdInstitution: { level: "municipal", mode: "joint" } }, passed: true },
  { name: "no R&D institution is not eligible", id: "rd-institution", changes: { rdInstitution: { level: "none" } }, passed: false, outcome: "not-eligible" },
  ...(["fills-gap", "strengthens-weak-link", "extends-strong-link"] as const).map((link) => ({
    name: `chain: a firm that ${link.replace(/-/g, " ")} is at a key link`,
    id: "key-chain-link",
    changes: { "leadingProduct.keyChainLink": link },
    passed: true,
  })),
  {
    name: "chain: a firm at no key link is not eligible",
    id: "key-chain-link",
    changes: { "leadingProduct.keyChainLink": "none" },
    passed: false,
    outcome: "not-eligible",
  },
  {
    name: "product: the ten key industries alone are enough",
    id: "product-field",
    changes: { "leadingProduct.industrialFoundation": false, "leadingProduct.tenKeyIndustries": true, "leadingProduct.networkPowerField": false },
    passed: true,
  },
  {
    name: "product: a network-power field alone is enough",
    id: "product-field",
    changes: { "leadingProduct.industrialFoundation": false, "leadingProduct.tenKeyIndustries": false, "leadingProduct.networkPowerField": true },
    passed: true,
  },
  {
    name: "product: none of the three fields is not eligible",
    id: "product-field",
    changes: { "leadingProduct.industrialFoundation": false, "leadingProduct.tenKeyIndustries": false, "leadingProduct.networkPowerField": false },
    passed: false,
    outcome: "not-eligible",
  },
]);

describe("little-giant-2022: outcome", () => {
  it("has no score and no direct route: a firm meeting every dimension is eligible by the requirements", () => {
    const r = evaluate(ruleSet, strongFirm(), CONTEXT);
    expect(r).toMatchObject({ outcome: "eligible", route: "requirements", score: null, missing: [], directRoutes: [] });
  });
  it("the chain and product requirements are marked unconfirmed (?)", () => {
    const r = evaluate(ruleSet, strongFirm(), CONTEXT);
    expect(r.requirements.filter((c) => c.unconfirmed).map((c) => c.id)).toEqual(["key-chain-link", "product-field"]);
  });
  it("a firm failing two dimensions names both in its summary", () => {
    const r = evaluate(ruleSet, patch(strongFirm(), { "quality.ownBrand": false, "market.nicheSince": 2023 }), CONTEXT);
    expect(r.outcome).toBe("not-eligible");
    expect(r.summary.en).toContain("Distinctiveness");
    expect(r.summary.en).toContain("Specialisation");
  });
});

describeMissing(ruleSet, strongFirm, [
  { id: "niche-years", paths: ["market.nicheSince"], outcome: "incomplete" },
  { id: "main-business-growth-average", paths: ["financials.2022.mainBusinessRevenue"], outcome: "incomplete" },
  { id: "debt-ratio", paths: ["financials.2024.totalLiabilities"], outcome: "incomplete" },
  { id: "information-systems", paths: ["digital.rdDesignOnSystems", "digital.manufacturingOnSystems", "digital.supplyChainOnSystems"], outcome: "incomplete" },
  { id: "certification", paths: ["quality.managementSystemCertification", "quality.developedEconomyProductCertification"], outcome: "incomplete" },
  { id: "national-share", paths: ["market.nationalSharePercent"], outcome: "incomplete" },
  { id: "own-brand", paths: ["quality.ownBrand"], outcome: "incomplete" },
  { id: "rd-by-size", paths: ["financials.2023.rdExpense"], outcome: "incomplete" },
  { id: "rd-institution", paths: ["rdInstitution.level"], outcome: "incomplete" },
  { id: "class-i-ip", paths: ["ip.classI"], outcome: "incomplete" },
  { id: "key-chain-link", paths: ["leadingProduct.keyChainLink"], outcome: "incomplete" },
  {
    id: "product-field",
    paths: ["leadingProduct.industrialFoundation", "leadingProduct.tenKeyIndustries", "leadingProduct.networkPowerField"],
    outcome: "incomplete",
  },
]);

describeMalformed(ruleSet, strongFirm);
describeExplanations(ruleSet, {
  "the strong firm": strongFirm(),
  "an empty application": {},
  "a firm failing a dimension": patch(strongFirm(), { "quality.ownBrand": false }),
});

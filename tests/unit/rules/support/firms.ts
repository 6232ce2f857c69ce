import type { CriterionResult, EvaluationContext, EvaluationResult, Facts } from "@/lib/rules";

/**
 * Reference firms for the rule-set tests. Application year 2025, so "last year" is 2024 and the
 * 2-year windows are 2023–2024 (growth averages read 2022–2024). Every figure is exact in fen.
 */

export const APPLICATION_YEAR = 2025;
export const LAST_YEAR = 2024;
export const CONTEXT: EvaluationContext = { applicationYear: APPLICATION_YEAR, asOf: "2025-05-01" };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Bag = Record<string, unknown>;

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Sets a value at a dotted path ("financials.2024.revenue"), creating objects on the way. */
export function setPath<T extends object>(target: T, path: string, value: unknown): T {
  const keys = path.split(".");
  let node = target as Bag;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Bag;
  }
  node[keys[keys.length - 1]!] = value;
  return target;
}

/** Removes the value at a dotted path, as if the company had left the field blank. */
export function deletePath<T extends object>(target: T, path: string): T {
  const keys = path.split(".");
  let node = target as Bag | undefined;
  for (const key of keys.slice(0, -1)) node = node?.[key] as Bag | undefined;
  if (node) delete node[keys[keys.length - 1]!];
  return target;
}

/** A copy of `facts` with the given paths set (value) or removed (undefined). */
export function patch(facts: Facts, changes: Record<string, Json | undefined>): Facts {
  const out = clone(facts);
  for (const [path, value] of Object.entries(changes)) {
    if (value === undefined) deletePath(out, path);
    else setPath(out, path, value);
  }
  return out;
}

/**
 * A strong firm: every fact reported, every tier's requirements met with margin, no direct route
 * other than its national R&D institution. Revenue grows exactly 10% a year; R&D is 6%, net profit
 * 12%, main business 95% of revenue; debt ratio 40%.
 */
export function strongFirm(): Facts {
  const revenue = [150_000_000, 165_000_000, 181_500_000, 199_650_000];
  const years = [2021, 2022, 2023, 2024];
  const financials: NonNullable<Facts["financials"]> = {};
  years.forEach((year, i) => {
    const r = revenue[i]!;
    financials[String(year)] = {
      revenue: r,
      mainBusinessRevenue: (r * 95) / 100,
      rdExpense: (r * 6) / 100,
      netProfit: (r * 12) / 100,
      totalAssets: r,
      totalLiabilities: (r * 40) / 100,
      employees: 500,
      rdStaff: 120,
    };
  });
  return {
    compliance: {
      independentLegalPerson: true,
      smeSize: "medium",
      onAbnormalOperationsList: false,
      onSeriousDishonestyList: false,
      bannedOrPhaseOutProducts: false,
      majorAccidentLast3Years: false,
      taxEvasionLast3Years: false,
    },
    titlesHeld: { innovative: true, innovativeValidUntil: "2027-12-31", specialized: true, specializedValidUntil: "2027-12-31" },
    validTitles: { highTechEnterprise: false, techInnovationDemonstration: false, ipAdvantageOrDemonstration: false },
    financials,
    equityFinancing: { "2021": 0, "2022": 0, "2023": 0, "2024": 0 },
    ip: { highValueClassI: 1, selfDevelopedClassI: 4, classI: 6, classII: 10 },
    market: { nicheSince: 2012, nationalSharePercent: 12, nationalRank: 2, provincialRank: 1 },
    leadingProduct: {
      strategicEmergingIndustry: true,
      keyChainLink: "fills-gap",
      industrialFoundation: true,
      tenKeyIndustries: true,
      networkPowerField: false,
      timeHonouredBrand: false,
      chainLeaderSupplier: true,
    },
    digital: { level: 4, rdDesignOnSystems: true, manufacturingOnSystems: true, supplyChainOnSystems: true },
    quality: {
      provincialQualityAward: true,
      managementSystemCertification: true,
      developedEconomyProductCertification: true,
      ownBrand: true,
      draftedStandard: true,
    },
    awards: { scienceTech: [], makerChinaTop500: false },
    rdInstitution: { level: "national", mode: "in-house" },
    regional: { "key-industry-chain": true, "in-province-supply-share": 35, "non-coal-main-business": true },
  };
}

/**
 * Innovative SME exactly on the pass mark, with no direct route: innovation 10 (class I IP) + 10
 * (R&D 2.5%) = 20, growth 10 (main business +7.5%) + 10 (debt 50%) = 20, specialisation 10 (SEI) +
 * 10 (main business 57%) = 20; total 60. Any fact that earns points, if missing, leaves it open.
 */
export function innovativeBorderline(): Facts {
  return patch(strongFirm(), {
    ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: 1, classII: 0 },
    "financials.2023": {
      revenue: 95_000_000,
      mainBusinessRevenue: 53_000_000,
      rdExpense: 2_000_000,
      netProfit: 5_000_000,
      totalAssets: 90_000_000,
      totalLiabilities: 45_000_000,
      employees: 300,
      rdStaff: 30,
    },
    "financials.2024": {
      revenue: 100_000_000,
      mainBusinessRevenue: 57_000_000,
      rdExpense: 2_500_000,
      netProfit: 6_000_000,
      totalAssets: 100_000_000,
      totalLiabilities: 50_000_000,
      employees: 300,
      rdStaff: 30,
    },
    "rdInstitution.level": "municipal",
  });
}

/**
 * Specialized SME (2022) exactly on the pass mark of 60 with no direct route:
 * specialisation 3 (main business 75%) + 10 (average growth 14.6%) + 4 (8 years) + 3 (six foundations) = 20;
 * refinement 3 (digital level 2) + 3 (quality award only) + 10 (margin 11%) + 3 (debt 55%) = 19;
 * innovation 8 (self-developed class I) + 6 (R&D 3.5M, 5%) + 3 (R&D staff 15%) + 4 (municipal) = 21.
 */
export function specializedBorderline(): Facts {
  return patch(strongFirm(), {
    "financials.2022": {
      revenue: 55_000_000,
      mainBusinessRevenue: 40_000_000,
      rdExpense: 2_000_000,
      netProfit: 4_000_000,
      totalAssets: 80_000_000,
      totalLiabilities: 40_000_000,
      employees: 90,
      rdStaff: 12,
    },
    "financials.2023": {
      revenue: 60_000_000,
      mainBusinessRevenue: 45_000_000,
      rdExpense: 3_000_000,
      netProfit: 5_000_000,
      totalAssets: 90_000_000,
      totalLiabilities: 45_000_000,
      employees: 95,
      rdStaff: 14,
    },
    "financials.2024": {
      revenue: 70_000_000,
      mainBusinessRevenue: 52_500_000,
      rdExpense: 3_500_000,
      netProfit: 7_700_000,
      totalAssets: 100_000_000,
      totalLiabilities: 55_000_000,
      employees: 100,
      rdStaff: 15,
    },
    "market.nicheSince": 2017,
    "leadingProduct.keyChainLink": "none",
    "leadingProduct.industrialFoundation": true,
    "leadingProduct.timeHonouredBrand": false,
    "leadingProduct.chainLeaderSupplier": false,
    "digital.level": 2,
    quality: {
      provincialQualityAward: true,
      managementSystemCertification: false,
      developedEconomyProductCertification: false,
      ownBrand: false,
      draftedStandard: false,
    },
    ip: { highValueClassI: 0, selfDevelopedClassI: 1, classI: 2, classII: 3 },
    "rdInstitution.level": "municipal",
  });
}

/** Every criterion result of an evaluation, depth first (score criteria and nested conditions included). */
export function allCriteria(result: EvaluationResult): CriterionResult[] {
  const out: CriterionResult[] = [];
  const walk = (list: readonly CriterionResult[]) => {
    for (const c of list) {
      out.push(c);
      if (c.children) walk(c.children);
    }
  };
  walk(result.prerequisites);
  walk(result.requirements);
  walk(result.directRoutes);
  for (const block of result.score?.blocks ?? []) walk(block.criteria);
  return out;
}

/** The criterion with this id anywhere in the result (ids are unique within a rule set). */
export function criterion(result: EvaluationResult, id: string): CriterionResult {
  const found = allCriteria(result).find((c) => c.id === id);
  if (!found) throw new Error(`No criterion "${id}" in the result of ${result.ruleSet.code}`);
  return found;
}

export function block(result: EvaluationResult, id: string) {
  const found = result.score?.blocks.find((b) => b.id === id);
  if (!found) throw new Error(`No block "${id}" in the result of ${result.ruleSet.code}`);
  return found;
}

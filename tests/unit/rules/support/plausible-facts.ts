import fc from "fast-check";
import { nastyValue } from "../../support/hostile-inputs";

/**
 * Facts of the right shape with plausible values (what factsSchema accepts), so a fuzz run also
 * reaches the engine through the schema and not only the schema's refusals.
 */
const yuan = fc.integer({ min: 0, max: 5_000_000_000 }).map((fen) => fen / 100);
const count = fc.integer({ min: 0, max: 5_000 });
const year = fc.integer({ min: 2015, max: 2026 });
const bool = fc.boolean();
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields, { requiredKeys: [] });

const financialYear = fc
  .record({
    revenue: yuan,
    share: fc.integer({ min: 0, max: 100 }),
    rdExpense: yuan,
    netProfit: fc.integer({ min: -1e9, max: 1e9 }).map((f) => f / 100),
    totalAssets: yuan,
    totalLiabilities: yuan,
    employees: count,
    rdShare: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ share, rdShare, ...y }) => ({
    ...y,
    // Kept consistent so the cross-field checks pass: main business ≤ revenue, R&D staff ≤ employees.
    mainBusinessRevenue: Math.floor((y.revenue * share) / 100),
    rdStaff: Math.floor((y.employees * rdShare) / 100),
  }));

export const plausibleFacts = partial({
  compliance: partial({
    independentLegalPerson: bool,
    smeSize: fc.constantFrom("micro", "small", "medium", "large"),
    onAbnormalOperationsList: bool,
    onSeriousDishonestyList: bool,
    bannedOrPhaseOutProducts: bool,
    majorAccidentLast3Years: bool,
    taxEvasionLast3Years: bool,
  }),
  titlesHeld: partial({
    innovative: bool,
    innovativeValidUntil: fc.constantFrom("2024-12-31", "2027-06-30"),
    specialized: bool,
    specializedValidUntil: fc.constantFrom("2025-01-01", "2028-05-31"),
  }),
  validTitles: partial({ highTechEnterprise: bool, techInnovationDemonstration: bool, ipAdvantageOrDemonstration: bool }),
  financials: fc.dictionary(year.map(String), financialYear, { maxKeys: 4 }),
  equityFinancing: fc.dictionary(year.map(String), yuan, { maxKeys: 2 }),
  ip: fc.record({ classI: count, classII: count, highValuePart: fc.integer({ min: 0, max: 100 }) }).map(({ classI, classII, highValuePart }) => ({
    classI,
    classII,
    highValueClassI: Math.floor((classI * highValuePart) / 100),
    selfDevelopedClassI: Math.floor(classI / 2),
  })),
  market: partial({
    nicheSince: year,
    nationalSharePercent: fc.integer({ min: 0, max: 10_000 }).map((p) => p / 100),
    nationalRank: fc.integer({ min: 1, max: 50 }),
    provincialRank: fc.integer({ min: 1, max: 50 }),
  }),
  leadingProduct: partial({
    strategicEmergingIndustry: bool,
    keyChainLink: fc.constantFrom("fills-gap", "strengthens-weak-link", "extends-strong-link", "none"),
    industrialFoundation: bool,
  }),
  digital: partial({ level: fc.integer({ min: 1, max: 4 }), rdDesignOnSystems: bool, manufacturingOnSystems: bool, supplyChainOnSystems: bool }),
  quality: partial({ provincialQualityAward: bool, managementSystemCertification: bool, ownBrand: bool, draftedStandard: bool }),
  awards: partial({ scienceTech: fc.array(fc.record({ level: fc.constantFrom("national", "provincial"), year }), { maxLength: 3 }), makerChinaTop500: bool }),
  rdInstitution: partial({ level: fc.constantFrom("none", "lower", "municipal", "provincial", "national"), mode: fc.constantFrom("in-house", "joint") }),
});

/** Plausible facts with a few leaves replaced by hostile values: the schema must name each one. */
export const damagedFacts = fc
  .tuple(
    plausibleFacts,
    fc.array(
      fc.tuple(
        fc.constantFrom(
          "compliance.smeSize",
          "financials.2024.revenue",
          "financials.2025.netProfit",
          "ip.classI",
          "market.nationalRank",
          "awards.scienceTech",
          "digital.level",
          "titlesHeld.innovativeValidUntil",
          "equityFinancing.2024",
          "regional.key-chain",
        ),
        nastyValue,
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([facts, changes]) => {
    const copy = structuredClone(facts) as Record<string, unknown>;
    for (const [path, value] of changes) {
      const keys = path.split(".");
      let node = copy;
      for (const key of keys.slice(0, -1)) {
        if (typeof node[key] !== "object" || node[key] === null || Array.isArray(node[key])) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      node[keys[keys.length - 1]!] = value;
    }
    return copy;
  });

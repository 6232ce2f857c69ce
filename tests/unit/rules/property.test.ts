import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILTIN_RULE_SETS, decide, evaluate, type Facts } from "@/lib/rules";
import { CONTEXT, strongFirm } from "./support/firms";

/**
 * Whatever is stored or sent — random JSON, the wrong types in the right places, prototype-looking
 * keys, huge and non-finite numbers — evaluate() never throws and the outcome is one of three.
 */
const year = fc.constantFrom("2020", "2021", "2022", "2023", "2024", "2025");
const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2, "", "2024", [], {}, null),
  fc.double(),
  fc.integer(),
  fc.boolean(),
);
const section = (keys: string[]) => fc.oneof(hostileValue, fc.dictionary(fc.constantFrom(...keys, "__proto__", "constructor", "toString"), hostileValue));
const financialKeys = ["revenue", "mainBusinessRevenue", "rdExpense", "netProfit", "totalAssets", "totalLiabilities", "employees", "rdStaff"];

/** Fact-shaped objects whose leaves are hostile. */
const shapedFacts = fc.record(
  {
    compliance: section([
      "independentLegalPerson",
      "smeSize",
      "onAbnormalOperationsList",
      "onSeriousDishonestyList",
      "bannedOrPhaseOutProducts",
      "majorAccidentLast3Years",
      "taxEvasionLast3Years",
    ]),
    titlesHeld: section(["innovative", "innovativeValidUntil", "specialized", "specializedValidUntil"]),
    validTitles: section(["highTechEnterprise", "techInnovationDemonstration", "ipAdvantageOrDemonstration"]),
    financials: fc.oneof(hostileValue, fc.dictionary(year, section(financialKeys))),
    equityFinancing: fc.oneof(hostileValue, fc.dictionary(year, hostileValue)),
    ip: section(["highValueClassI", "selfDevelopedClassI", "classI", "classII"]),
    market: section(["nicheSince", "nationalSharePercent", "nationalRank", "provincialRank"]),
    leadingProduct: section([
      "strategicEmergingIndustry",
      "keyChainLink",
      "industrialFoundation",
      "tenKeyIndustries",
      "networkPowerField",
      "timeHonouredBrand",
      "chainLeaderSupplier",
    ]),
    digital: section(["level", "rdDesignOnSystems", "manufacturingOnSystems", "supplyChainOnSystems"]),
    quality: section(["provincialQualityAward", "managementSystemCertification", "developedEconomyProductCertification", "ownBrand", "draftedStandard"]),
    awards: fc.oneof(
      section(["makerChinaTop500", "makerChinaTop500Year"]),
      fc.record({
        scienceTech: fc.array(
          fc.oneof(hostileValue, fc.record({ level: fc.constantFrom("national", "provincial", "x"), year: hostileValue, rank: hostileValue })),
        ),
        makerChinaTop500: hostileValue,
        makerChinaTop500Year: hostileValue,
      }),
    ),
    rdInstitution: section(["level", "mode"]),
    regional: fc.dictionary(fc.constantFrom("key-industry-chain", "in-province-supply-share", "non-coal-main-business"), hostileValue),
  },
  { requiredKeys: [] },
);

/** The strong firm with a few of its values replaced by hostile ones. */
const damagedFirm = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        "financials.2024.revenue",
        "financials.2023.mainBusinessRevenue",
        "ip.classI",
        "market.nicheSince",
        "awards.scienceTech",
        "digital.level",
        "titlesHeld.innovativeValidUntil",
        "equityFinancing.2024",
      ),
      hostileValue,
    ),
    { maxLength: 4 },
  )
  .map((changes) => {
    const facts = strongFirm() as Record<string, unknown>;
    for (const [path, value] of changes) {
      const keys = path.split(".");
      let node = facts;
      for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
      node[keys[keys.length - 1]!] = value;
    }
    return facts;
  });

const OUTCOMES = ["eligible", "not-eligible", "incomplete"];

describe("evaluate never throws on hostile facts", () => {
  it.each(BUILTIN_RULE_SETS.map((rs) => ({ code: rs.code, rs })))("$code: any input gives one of the three outcomes, and decide agrees", ({ rs }) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shapedFacts, damagedFirm), (input) => {
        const result = evaluate(rs, input as Facts, CONTEXT);
        expect(OUTCOMES).toContain(result.outcome);
        expect(decide(rs, input as Facts, CONTEXT).outcome).toBe(result.outcome);
        expect(() => JSON.stringify(result)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

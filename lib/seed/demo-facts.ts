import type { Random } from "@/lib/demo/random";
import type { Facts } from "@/lib/rules";

/**
 * Plausible operating figures for a demo firm, for the three financial years before
 * `applicationYear`. "strong" firms clear the specialized and little-giant bars, "typical" ones
 * sit around the innovative/specialized edges, "weak" ones fail somewhere; all are made up.
 */
export type DemoProfile = "strong" | "typical" | "weak";

const round = (yuan: number) => Math.round(yuan / 1000) * 1000;

export function demoFacts(random: Random, applicationYear: number, profile: DemoProfile, foundedYear = applicationYear - random.int(6, 25)): Facts {
  const scale = profile === "strong" ? random.int(120, 900) : profile === "typical" ? random.int(15, 150) : random.int(3, 40);
  const growth = profile === "strong" ? 0.08 + random.next() * 0.2 : profile === "typical" ? 0.02 + random.next() * 0.14 : -0.1 + random.next() * 0.12;
  const rdShare = profile === "strong" ? 0.05 + random.next() * 0.06 : profile === "typical" ? 0.025 + random.next() * 0.04 : 0.004 + random.next() * 0.02;
  const mainShare = profile === "strong" ? 0.9 + random.next() * 0.09 : profile === "typical" ? 0.7 + random.next() * 0.25 : 0.45 + random.next() * 0.3;
  const debtRatio = profile === "weak" ? 0.55 + random.next() * 0.35 : 0.25 + random.next() * 0.4;
  const margin = profile === "weak" ? -0.03 + random.next() * 0.06 : 0.04 + random.next() * 0.1;
  const employees = Math.max(20, Math.round(scale * (2 + random.next() * 3)));

  const financials: NonNullable<Facts["financials"]> = {};
  let revenue = scale * 1_000_000;
  for (let year = applicationYear - 1; year >= applicationYear - 3; year--) {
    const mainBusinessRevenue = round(revenue * mainShare);
    const totalAssets = round(revenue * (0.8 + random.next() * 0.6));
    financials[String(year)] = {
      revenue: round(revenue),
      mainBusinessRevenue: Math.min(mainBusinessRevenue, round(revenue)),
      rdExpense: round(revenue * rdShare),
      netProfit: round(revenue * margin),
      totalAssets,
      totalLiabilities: round(totalAssets * debtRatio),
      employees,
      rdStaff: Math.round(employees * (profile === "strong" ? 0.2 + random.next() * 0.15 : 0.06 + random.next() * 0.14)),
    };
    revenue = revenue / (1 + growth);
  }
  const classI = profile === "strong" ? random.int(4, 18) : profile === "typical" ? random.int(0, 5) : random.int(0, 1);
  return {
    compliance: {
      independentLegalPerson: true,
      smeSize: scale > 400 ? "medium" : scale > 30 ? "small" : "micro",
      onAbnormalOperationsList: false,
      onSeriousDishonestyList: false,
      bannedOrPhaseOutProducts: false,
      majorAccidentLast3Years: false,
      taxEvasionLast3Years: false,
    },
    financials,
    ip: {
      classI,
      selfDevelopedClassI: Math.floor(classI * 0.7),
      highValueClassI: profile === "strong" ? Math.min(classI, random.int(1, 3)) : 0,
      classII: random.int(2, 30),
    },
    market: {
      nicheSince: Math.max(foundedYear, applicationYear - random.int(profile === "weak" ? 1 : 3, 15)),
      nationalSharePercent: profile === "strong" ? 10 + random.int(0, 25) : random.int(1, 9),
      nationalRank: profile === "strong" ? random.int(1, 3) : random.int(4, 30),
      provincialRank: profile === "strong" ? 1 : random.int(1, 10),
    },
    leadingProduct: {
      strategicEmergingIndustry: profile !== "weak" && random.chance(0.7),
      keyChainLink: profile === "strong" ? random.pick(["fills-gap", "strengthens-weak-link", "extends-strong-link"] as const) : "none",
      industrialFoundation: profile === "strong",
      tenKeyIndustries: profile === "strong" && random.chance(0.6),
      networkPowerField: random.chance(0.2),
      timeHonouredBrand: random.chance(0.05),
      chainLeaderSupplier: random.chance(0.3),
    },
    digital: {
      level: profile === "strong" ? random.int(3, 4) : profile === "typical" ? random.int(2, 3) : 1,
      rdDesignOnSystems: profile !== "weak",
      manufacturingOnSystems: profile === "strong" || random.chance(0.5),
      supplyChainOnSystems: random.chance(0.5),
    },
    quality: {
      provincialQualityAward: profile === "strong" && random.chance(0.4),
      managementSystemCertification: profile !== "weak" || random.chance(0.3),
      developedEconomyProductCertification: profile === "strong" && random.chance(0.5),
      ownBrand: profile !== "weak",
      draftedStandard: profile === "strong" && random.chance(0.5),
    },
    awards: { scienceTech: [], makerChinaTop500: false },
    rdInstitution: {
      level:
        profile === "strong"
          ? random.pick(["provincial", "national"] as const)
          : profile === "typical"
            ? random.pick(["none", "lower", "municipal"] as const)
            : "none",
      mode: "in-house",
    },
    validTitles: { highTechEnterprise: profile !== "weak" && random.chance(0.6), techInnovationDemonstration: false, ipAdvantageOrDemonstration: false },
    equityFinancing: {},
  };
}

import { CHINA_PROVINCES } from "@/lib/regions";

export interface DemoProgramme {
  code: string;
  tier: "innovative" | "specialized" | "little_giant";
  year: number;
  regionCode: string | null;
  nameZh: string;
  nameEn: string;
  ruleSetCode: string;
  opensOn: string;
  closesOn: string;
  annualDataDeadline: string;
}

const littleGiantRules = (year: number) => (year <= 2021 ? "little-giant-2018" : year <= 2025 ? "little-giant-2022" : "little-giant-2026");

/**
 * National little-giant programmes 2019–2026 (MIIT), and innovative and specialized programmes
 * of every province for 2025 (closed, 2022 rules) and 2026 (open, 2026 rules), and Shanxi's
 * 2019 provincial specialized list under its own rule set.
 */
export function demoProgrammes(): DemoProgramme[] {
  const national = Array.from({ length: 8 }, (_, i) => 2019 + i).map<DemoProgramme>((year) => ({
    code: `little-giant-${year}`,
    tier: "little_giant",
    year,
    regionCode: null,
    nameZh: `${year}年专精特新“小巨人”企业培育`,
    nameEn: `${year} national little giant programme`,
    ruleSetCode: littleGiantRules(year),
    opensOn: `${year}-04-01`,
    closesOn: `${year}-12-31`,
    annualDataDeadline: year >= 2026 ? "05-31" : "04-30",
  }));
  const provincial = CHINA_PROVINCES.flatMap((province) =>
    [2025, 2026].flatMap((year) =>
      (["innovative", "specialized"] as const).map<DemoProgramme>((tier) => ({
        code: `${tier}-${province.code}-${year}`,
        tier,
        year,
        regionCode: province.code,
        nameZh: `${province.nameZh}${year}年${tier === "innovative" ? "创新型中小企业评价" : "专精特新中小企业认定"}`,
        nameEn: `${province.nameEn} ${year} ${tier === "innovative" ? "innovative SME evaluation" : "specialized SME recognition"}`,
        ruleSetCode: `${tier}-${year === 2025 ? 2022 : 2026}`,
        opensOn: `${year}-04-01`,
        closesOn: `${year}-12-31`,
        annualDataDeadline: year >= 2026 ? "05-31" : "04-30",
      })),
    ),
  );
  // Shanxi's own 2019 provincial specialized list, judged by its own rule set (rules.md, "Rule versions").
  const shanxi2019: DemoProgramme = {
    code: "specialized-140000-2019",
    tier: "specialized",
    year: 2019,
    regionCode: "140000",
    nameZh: "山西省2019年省级专精特新中小企业认定",
    nameEn: "Shanxi 2019 provincial specialized SME recognition",
    ruleSetCode: "shanxi-specialized-2019",
    opensOn: "2019-04-01",
    closesOn: "2019-12-31",
    annualDataDeadline: "04-30",
  };
  return [...national, ...provincial, shanxi2019];
}

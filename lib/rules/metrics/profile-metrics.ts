import type { Facts } from "../facts";
import type { NumberUnit } from "../format-value";
import type { LocalizedText } from "../localized-text";
import { invalid, missing, missingPath, ok, okShared, readBoolean, readCount, readNumber, readString, section } from "./fact-readers";
import type { MetricDefinition, MetricOption } from "./metric-types";

/** Metrics that read one reported answer (a yes/no, a choice, a count) with no arithmetic. */

type SectionName = keyof Facts;
const OK_TRUE_RESULT = okShared(true);
const t = (zh: string, en: string): LocalizedText => ({ zh, en });

export function flag(id: string, sectionName: SectionName, field: string, label: LocalizedText): MetricDefinition {
  const path = `${sectionName}.${field}`;
  return {
    id,
    type: "boolean",
    unit: "boolean",
    params: [],
    reads: [path],
    label: () => label,
    compute(facts) {
      const v = readBoolean(section(facts, sectionName), field);
      return v === undefined ? missingPath(path) : okShared(v);
    },
  };
}

export function choice(id: string, sectionName: SectionName, field: string, label: LocalizedText, options: readonly MetricOption[]): MetricDefinition {
  const path = `${sectionName}.${field}`;
  const allowed = new Set(options.map((o) => o.value));
  return {
    id,
    type: "enum",
    unit: "enum",
    params: [],
    options,
    reads: [path],
    label: () => label,
    compute(facts) {
      const v = readString(section(facts, sectionName), field);
      return v === undefined || !allowed.has(v) ? missingPath(path) : okShared(v);
    },
  };
}

function reported(id: string, sectionName: SectionName, field: string, label: LocalizedText, unit: NumberUnit, integer: boolean): MetricDefinition {
  const path = `${sectionName}.${field}`;
  return {
    id,
    type: "number",
    unit,
    params: [],
    reads: [path],
    label: () => label,
    compute(facts) {
      const bag = section(facts, sectionName);
      const v = integer ? readCount(bag, field) : readNumber(bag, field);
      return v === undefined ? missingPath(path) : ok(v);
    },
  };
}

/**
 * IP counts. High-value and self-developed class I IP are subsets of class I (rules.md, IP
 * classes), so a reported class I count of 0 answers both subsets without asking again.
 */
function ipSubset(id: string, field: "highValueClassI" | "selfDevelopedClassI", label: LocalizedText): MetricDefinition {
  const path = `ip.${field}`;
  return {
    id,
    type: "number",
    unit: "count",
    params: [],
    reads: [`ip.${field}`, "ip.classI"],
    label: () => label,
    compute(facts) {
      const ip = section(facts, "ip");
      const v = readCount(ip, field);
      if (v !== undefined) return ok(v);
      return readCount(ip, "classI") === 0 ? ok(0) : missingPath(path);
    },
  };
}

const yearsInNiche: MetricDefinition = {
  id: "yearsInNiche",
  type: "number",
  unit: "years",
  params: [],
  reads: ["market.nicheSince"],
  // Counted as applicationYear − nicheSince, the entry year counting as one: a firm that entered
  // its niche in 2022 has 3 years "by the end of last year" (截至上年末) for a 2025 application.
  label: () => t("从事特定细分市场年限", "Years in the niche market"),
  compute(facts, _p, ctx) {
    const since = readCount(section(facts, "market"), "nicheSince");
    if (since === undefined) return missingPath("market.nicheSince");
    if (since > ctx.applicationYear) {
      return invalid(
        t(`进入细分市场年份${since}晚于申报年份${ctx.applicationYear}`, `the niche entry year ${since} is after the application year ${ctx.applicationYear}`),
        "market.nicheSince",
      );
    }
    return ok(ctx.applicationYear - since);
  },
};

/** "At least one core business (R&D/design, manufacturing, supply chain) runs on information systems." */
const coreBusinessOnSystems: MetricDefinition = {
  id: "coreBusinessOnInformationSystems",
  type: "boolean",
  unit: "boolean",
  params: [],
  reads: ["digital.rdDesignOnSystems", "digital.manufacturingOnSystems", "digital.supplyChainOnSystems"],
  label: () => t("至少1项核心业务采用信息系统支撑", "At least one core business runs on information systems"),
  compute(facts) {
    const bag = section(facts, "digital");
    const absent: string[] = [];
    for (const field of ["rdDesignOnSystems", "manufacturingOnSystems", "supplyChainOnSystems"]) {
      const v = readBoolean(bag, field);
      if (v === true) return OK_TRUE_RESULT;
      if (v === undefined) absent.push(`digital.${field}`);
    }
    return absent.length > 0 ? missing(...absent) : okShared(false);
  },
};

const hasRdInstitution: MetricDefinition = {
  id: "hasRdInstitution",
  type: "boolean",
  unit: "boolean",
  params: [],
  reads: ["rdInstitution.level"],
  label: () => t("自建或联合建立研发机构", "Has an in-house or joint R&D institution"),
  compute(facts) {
    const level = readString(section(facts, "rdInstitution"), "level");
    if (level === undefined || !RD_LEVEL_OPTIONS.some((o) => o.value === level)) return missingPath("rdInstitution.level");
    return okShared(level !== "none");
  },
};

const RD_LEVEL_OPTIONS: readonly MetricOption[] = [
  { value: "none", label: t("未建立", "none") },
  { value: "lower", label: t("区县级及以下", "county level or lower") },
  { value: "municipal", label: t("市级", "municipal") },
  { value: "provincial", label: t("省级", "provincial") },
  { value: "national", label: t("国家级", "national") },
];

export const PROFILE_METRICS: readonly MetricDefinition[] = [
  yearsInNiche,
  reported("nationalMarketShare", "market", "nationalSharePercent", t("主导产品全国细分市场占有率", "National niche-market share"), "percent", false),
  reported("nationalRank", "market", "nationalRank", t("全国细分市场排名", "National niche-market rank"), "rank", true),
  reported("provincialRank", "market", "provincialRank", t("省内细分市场排名", "Provincial niche-market rank"), "rank", true),

  ipSubset("ipHighValueClassI", "highValueClassI", t("与主导产品相关的高价值Ⅰ类知识产权数", "High-value class I IP tied to the leading product")),
  ipSubset("ipSelfDevelopedClassI", "selfDevelopedClassI", t("与主导产品相关的自主研发Ⅰ类知识产权数", "Self-developed class I IP tied to the leading product")),
  reported("ipClassI", "ip", "classI", t("与主导产品相关的Ⅰ类知识产权数", "Class I IP tied to the leading product"), "count", true),
  reported("ipClassII", "ip", "classII", t("与主导产品相关的Ⅱ类知识产权数", "Class II IP tied to the leading product"), "count", true),

  flag(
    "strategicEmergingIndustry",
    "leadingProduct",
    "strategicEmergingIndustry",
    t("主导产品属于战略性新兴产业", "Leading product in the Strategic Emerging Industries catalogue"),
  ),
  choice("keyChainLink", "leadingProduct", "keyChainLink", t("在重点产业链中的作用", "Role at a key industry-chain link"), [
    { value: "fills-gap", label: t("填补空白", "fills a gap") },
    { value: "strengthens-weak-link", label: t("补短板", "strengthens a weak link") },
    { value: "extends-strong-link", label: t("锻长板", "extends a strong link") },
    { value: "none", label: t("无", "none") },
  ]),
  flag(
    "industrialFoundation",
    "leadingProduct",
    "industrialFoundation",
    t("主导产品属于工业“六基”领域", 'Leading product in the industrial "six foundations"'),
  ),
  flag(
    "tenKeyIndustries",
    "leadingProduct",
    "tenKeyIndustries",
    t("主导产品属于制造强国十大重点产业领域", "Leading product in the ten key manufacturing industries"),
  ),
  flag("networkPowerField", "leadingProduct", "networkPowerField", t("主导产品属于网络强国建设重点领域", "Leading product in a key network-power field")),
  flag("timeHonouredBrand", "leadingProduct", "timeHonouredBrand", t("中华老字号", "Time-honoured brand")),
  flag("chainLeaderSupplier", "leadingProduct", "chainLeaderSupplier", t("为产业链链主企业配套", "Supplier to a chain-leading firm")),

  reported("digitalLevel", "digital", "level", t("数字化水平", "Digital level"), "level", true),
  coreBusinessOnSystems,

  flag("provincialQualityAward", "quality", "provincialQualityAward", t("获得省级以上质量奖", "Provincial-or-higher quality award")),
  flag("managementSystemCertification", "quality", "managementSystemCertification", t("通过管理体系认证", "Management-system certification")),
  flag(
    "developedEconomyProductCertification",
    "quality",
    "developedEconomyProductCertification",
    t("产品通过发达国家和地区产品认证", "Product certification from a developed economy"),
  ),
  flag("ownBrand", "quality", "ownBrand", t("拥有自主品牌", "Own brand")),
  flag("draftedStandard", "quality", "draftedStandard", t("参与制修订标准", "Drafted a standard")),

  choice("rdInstitutionLevel", "rdInstitution", "level", t("研发机构级别", "R&D institution level"), RD_LEVEL_OPTIONS),
  hasRdInstitution,

  flag("highTechEnterprise", "validTitles", "highTechEnterprise", t("有效期内的高新技术企业", "Valid high-tech enterprise")),
  flag(
    "techInnovationDemonstration",
    "validTitles",
    "techInnovationDemonstration",
    t("国家级技术创新示范企业", "National technology-innovation demonstration enterprise"),
  ),
  flag(
    "ipAdvantageOrDemonstration",
    "validTitles",
    "ipAdvantageOrDemonstration",
    t("知识产权优势企业或示范企业", "IP-advantage or IP-demonstration enterprise"),
  ),
];

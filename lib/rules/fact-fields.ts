import type { LocalizedText } from "./localized-text";

/**
 * The field catalogue: one entry per fact path, with labels, unit and form section. The public
 * self-assessment page and the application form are generated from it, and evaluation results
 * name missing facts by the same paths (with the year or indicator key filled in).
 *
 * Path placeholders: `{year}` is a four-digit financial year key ("2025"), `[]` an item of a
 * list, `{key}` a provincial indicator key declared by the rule set in force.
 */

export const FORM_SECTIONS = ["company", "financials", "rd-ip", "market", "certifications-awards", "declarations"] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];

export type FactUnit = "yuan" | "count" | "percent" | "year" | "rank" | "date" | "boolean" | "enum";

export interface FactFieldOption {
  value: string | number;
  label: LocalizedText;
}

export interface FactField {
  path: string;
  section: FormSection;
  label: LocalizedText;
  unit: FactUnit;
  options?: readonly FactFieldOption[];
  /** Only net profit may be negative. */
  signed?: boolean;
  repeat?: "per-year" | "list" | "per-indicator";
  help?: LocalizedText;
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });
const yesNo = (path: string, section: FormSection, zh: string, en: string, help?: LocalizedText): FactField =>
  help ? { path, section, label: t(zh, en), unit: "boolean", help } : { path, section, label: t(zh, en), unit: "boolean" };
const perYear = (path: string, zh: string, en: string, unit: FactUnit, section: FormSection = "financials"): FactField => ({
  path: `financials.{year}.${path}`,
  section,
  label: t(zh, en),
  unit,
  repeat: "per-year",
});

export const FACT_FIELDS: readonly FactField[] = [
  // Preconditions for every tier (Annex 1–3 §1 of 工信部企业〔2022〕63号).
  yesNo(
    "compliance.independentLegalPerson",
    "company",
    "在中国境内工商注册登记、具有独立法人资格",
    "Registered in mainland China with independent legal personality",
  ),
  {
    path: "compliance.smeSize",
    section: "company",
    label: t("企业规模（《中小企业划型标准规定》）", "Enterprise size (2011 SME size classification)"),
    unit: "enum",
    options: [
      { value: "micro", label: t("微型企业", "Micro") },
      { value: "small", label: t("小型企业", "Small") },
      { value: "medium", label: t("中型企业", "Medium") },
      { value: "large", label: t("大型企业", "Large") },
    ],
    help: t("依据工信部联企业〔2011〕300号按行业、从业人员、营业收入、资产总额划型", "Per 工信部联企业〔2011〕300号 by sector, employees, revenue and assets"),
  },
  yesNo("compliance.onAbnormalOperationsList", "declarations", "被列入经营异常名录", "On the abnormal-operations list"),
  yesNo("compliance.onSeriousDishonestyList", "declarations", "被列入严重失信主体名单", "On the serious-dishonesty list"),
  yesNo(
    "compliance.bannedOrPhaseOutProducts",
    "declarations",
    "产品（服务）属于国家禁止、限制或淘汰类",
    "Products in a banned, restricted or phase-out category",
  ),
  yesNo(
    "compliance.majorAccidentLast3Years",
    "declarations",
    "近三年发生重大安全（含网络安全、数据安全）、质量、环境污染事故",
    "Major safety (incl. cyber and data security), quality or environmental accident in the last 3 years",
  ),
  yesNo("compliance.taxEvasionLast3Years", "declarations", "近三年存在偷漏税等违法违规行为", "Tax evasion or similar violation in the last 3 years"),

  yesNo("titlesHeld.innovative", "company", "已认定为创新型中小企业", "Recognised as an innovative SME"),
  { path: "titlesHeld.innovativeValidUntil", section: "company", label: t("创新型中小企业称号有效期至", "Innovative SME title valid until"), unit: "date" },
  yesNo("titlesHeld.specialized", "company", "已认定为省级专精特新中小企业", "Recognised as a specialized SME (provincial)"),
  { path: "titlesHeld.specializedValidUntil", section: "company", label: t("专精特新中小企业称号有效期至", "Specialized SME title valid until"), unit: "date" },

  yesNo("validTitles.highTechEnterprise", "certifications-awards", "有效期内的高新技术企业", "Valid high-tech enterprise certificate"),
  yesNo(
    "validTitles.techInnovationDemonstration",
    "certifications-awards",
    "国家级技术创新示范企业（有效期内）",
    "National technology-innovation demonstration enterprise (valid)",
  ),
  yesNo(
    "validTitles.ipAdvantageOrDemonstration",
    "certifications-awards",
    "知识产权优势企业或示范企业（有效期内）",
    "IP-advantage or IP-demonstration enterprise (valid)",
  ),

  perYear("revenue", "营业收入", "Revenue", "yuan"),
  perYear("mainBusinessRevenue", "主营业务收入", "Main-business revenue", "yuan"),
  perYear("rdExpense", "研发费用", "R&D expense", "yuan", "rd-ip"),
  { ...perYear("netProfit", "净利润", "Net profit", "yuan"), signed: true },
  perYear("totalAssets", "资产总额", "Total assets", "yuan"),
  perYear("totalLiabilities", "负债总额", "Total liabilities", "yuan"),
  perYear("employees", "职工总数", "Employees", "count"),
  perYear("rdStaff", "研发人员数", "R&D staff", "count", "rd-ip"),
  {
    path: "equityFinancing.{year}",
    section: "financials",
    label: t("新增股权融资额（合格机构投资者实缴额）", "New equity financing paid in by qualified institutional investors"),
    unit: "yuan",
    repeat: "per-year",
  },

  {
    path: "ip.highValueClassI",
    section: "rd-ip",
    label: t("与主导产品相关的高价值Ⅰ类知识产权数", "High-value class I IP tied to the leading product"),
    unit: "count",
    help: t(
      "有海外同族、维持10年以上、质押融资较大或获国家科技奖/中国专利奖的Ⅰ类知识产权；转让未满1年的不计",
      "Class I IP with an overseas family member, maintained over 10 years, backing a large pledge, or awarded; IP transferred less than a year ago does not count",
    ),
  },
  {
    path: "ip.selfDevelopedClassI",
    section: "rd-ip",
    label: t("与主导产品相关的自主研发Ⅰ类知识产权数", "Self-developed class I IP tied to the leading product"),
    unit: "count",
  },
  {
    path: "ip.classI",
    section: "rd-ip",
    label: t("与主导产品相关的Ⅰ类知识产权总数", "Class I IP tied to the leading product (total)"),
    unit: "count",
    help: t(
      "发明专利（含国防专利）、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权",
      "Invention and defence patents, plant varieties, national crop varieties, national new drugs, grade-1 protected TCM varieties, IC layout designs",
    ),
  },
  {
    path: "ip.classII",
    section: "rd-ip",
    label: t("与主导产品相关的Ⅱ类知识产权数", "Class II IP tied to the leading product"),
    unit: "count",
    help: t("软件著作权、实用新型专利、外观设计专利", "Software copyrights, utility-model and design patents"),
  },
  {
    path: "rdInstitution.level",
    section: "rd-ip",
    label: t("研发机构级别", "R&D institution level"),
    unit: "enum",
    options: [
      { value: "none", label: t("未建立研发机构", "None") },
      { value: "lower", label: t("区县级及以下", "County level or lower") },
      { value: "municipal", label: t("市级", "Municipal") },
      { value: "provincial", label: t("省级（省部级）", "Provincial (ministerial)") },
      { value: "national", label: t("国家级", "National") },
    ],
  },
  {
    path: "rdInstitution.mode",
    section: "rd-ip",
    label: t("研发机构建立方式", "How the R&D institution is run"),
    unit: "enum",
    options: [
      { value: "in-house", label: t("自建", "In-house") },
      { value: "joint", label: t("与高等院校、科研机构联合建立", "Jointly with a university or research institute") },
    ],
  },

  { path: "market.nicheSince", section: "market", label: t("开始从事特定细分市场的年份", "Year the company entered its niche market"), unit: "year" },
  {
    path: "market.nationalSharePercent",
    section: "market",
    label: t("主导产品全国细分市场占有率", "National share of the niche market (leading product)"),
    unit: "percent",
  },
  { path: "market.nationalRank", section: "market", label: t("主导产品全国细分市场排名", "National rank in the niche market"), unit: "rank" },
  { path: "market.provincialRank", section: "market", label: t("主导产品省内细分市场排名", "Provincial rank in the niche market"), unit: "rank" },
  yesNo(
    "leadingProduct.strategicEmergingIndustry",
    "market",
    "主导产品属于《战略性新兴产业分类》",
    "Leading product is in the Strategic Emerging Industries catalogue",
  ),
  {
    path: "leadingProduct.keyChainLink",
    section: "market",
    label: t("在重点产业链中的作用", "Role at a key link of an industry chain"),
    unit: "enum",
    options: [
      { value: "fills-gap", label: t("填补空白", "Fills a gap") },
      { value: "strengthens-weak-link", label: t("补短板", "Strengthens a weak link") },
      { value: "extends-strong-link", label: t("锻长板", "Extends a strong link") },
      { value: "none", label: t("无", "None") },
    ],
  },
  yesNo(
    "leadingProduct.industrialFoundation",
    "market",
    "属于工业“六基”领域（核心基础零部件、元器件、关键软件、先进基础工艺、关键基础材料、产业技术基础）",
    'In the industrial "six foundations"',
  ),
  yesNo("leadingProduct.tenKeyIndustries", "market", "属于制造强国战略十大重点产业领域", "In the ten key industries of the manufacturing-power strategy"),
  yesNo("leadingProduct.networkPowerField", "market", "属于网络强国建设重点领域", "In a key field of the network-power strategy"),
  yesNo("leadingProduct.timeHonouredBrand", "market", "属于中华老字号", "China Time-honoured Brand (Zhonghua Laozihao)"),
  yesNo("leadingProduct.chainLeaderSupplier", "market", "为产业链链主企业配套", "Supplier to a chain-leading firm"),

  {
    path: "digital.level",
    section: "certifications-awards",
    label: t("数字化水平（平台自评等级）", "Digital level (self-assessment on the platform)"),
    unit: "enum",
    options: [1, 2, 3, 4].map((l) => ({ value: l, label: t(`${l}级`, `Level ${l}`) })),
  },
  yesNo("digital.rdDesignOnSystems", "certifications-awards", "研发设计环节采用信息系统支撑", "R&D/design runs on information systems"),
  yesNo("digital.manufacturingOnSystems", "certifications-awards", "生产制造环节采用信息系统支撑", "Manufacturing runs on information systems"),
  yesNo("digital.supplyChainOnSystems", "certifications-awards", "供应链管理环节采用信息系统支撑", "Supply-chain management runs on information systems"),

  yesNo("quality.provincialQualityAward", "certifications-awards", "获得省级以上质量奖", "Provincial-or-higher quality award"),
  yesNo("quality.managementSystemCertification", "certifications-awards", "通过管理体系认证", "Management-system certification"),
  yesNo(
    "quality.developedEconomyProductCertification",
    "certifications-awards",
    "产品通过发达国家和地区产品认证",
    "Product certification from a developed economy",
  ),
  yesNo("quality.ownBrand", "certifications-awards", "拥有自主品牌", "Own brand"),
  yesNo("quality.draftedStandard", "certifications-awards", "参与制修订标准", "Drafted or revised a standard"),

  {
    path: "awards.scienceTech",
    section: "certifications-awards",
    label: t("科技奖励", "Science and technology awards"),
    unit: "count",
    repeat: "list",
    help: t("逐项填写；未获奖请填空列表", "One entry per award; an empty list means none"),
  },
  {
    path: "awards.scienceTech[].level",
    section: "certifications-awards",
    label: t("奖励级别", "Award level"),
    unit: "enum",
    repeat: "list",
    options: [
      { value: "national", label: t("国家级", "National") },
      { value: "provincial", label: t("省级", "Provincial") },
    ],
  },
  { path: "awards.scienceTech[].year", section: "certifications-awards", label: t("获奖年份", "Year awarded"), unit: "year", repeat: "list" },
  {
    path: "awards.scienceTech[].rank",
    section: "certifications-awards",
    label: t("在获奖单位中的排名", "Rank among the award-winning units"),
    unit: "rank",
    repeat: "list",
  },
  yesNo("awards.makerChinaTop500", "certifications-awards", "进入“创客中国”中小企业创新创业大赛全国500强", "National top 500 of the Maker China SME contest"),
  {
    path: "awards.makerChinaTop500Year",
    section: "certifications-awards",
    label: t("进入“创客中国”全国500强的年份", "Year in the Maker China national top 500"),
    unit: "year",
  },

  {
    path: "regional.{key}",
    section: "declarations",
    label: t("省级特色指标", "Provincial indicator"),
    unit: "count",
    repeat: "per-indicator",
    help: t("由所适用的省级规则集声明名称与单位", "Name and unit are declared by the provincial rule set in force"),
  },
];

const BY_TEMPLATE = new Map(FACT_FIELDS.map((f) => [f.path, f]));

/** The catalogue entry for a concrete path such as "financials.2025.revenue" or "awards.scienceTech[0].rank". */
export function factFieldFor(path: string): FactField | undefined {
  const template = path
    .replace(/^financials\.\d{4}\./, "financials.{year}.")
    .replace(/^equityFinancing\.\d{4}$/, "equityFinancing.{year}")
    .replace(/^regional\.[a-z0-9-]+$/, "regional.{key}")
    .replace(/\[\d+\]/, "[]");
  return BY_TEMPLATE.get(template);
}

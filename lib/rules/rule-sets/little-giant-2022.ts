import type { RuleSet } from "../rule-set-schema";
import { allOf, anyOf, atLeast, atMost, isTrue, oneOf, t } from "./builders";
import { holdsTitle, smePreconditions } from "./common-criteria";
import { rdByRevenueSize } from "./rd-by-revenue-size";

const DOC = "工信部企业〔2022〕63号";

/** Tier 3, version 2022 (rules.md "Tier 3, version 2022"; 附件3): no score, every dimension required. */
export const littleGiant2022: RuleSet = {
  schemaVersion: 1,
  code: "little-giant-2022",
  tier: "little-giant",
  version: "2022",
  region: null,
  title: t("专精特新“小巨人”企业（2022年标准）", '"Little giant" (2022 standard)'),
  source: {
    document: DOC,
    title: t("优质中小企业梯度培育管理暂行办法 附件3 专精特新“小巨人”企业认定标准", "Interim Measures, Annex 3: little-giant standard"),
  },
  effectiveFrom: "2022-08-01",
  effectiveTo: "2026-03-31",
  notes: [t("产业链配套与主导产品领域两项要求据转载文本，待核实（?）", "The chain and product-field requirements are from reprints, unconfirmed (?)")],
  regionalIndicators: [],
  prerequisites: [...smePreconditions(`${DOC} 附件3 一`), holdsTitle("specialized", `${DOC} 附件3 一`)],
  requirements: [
    allOf(
      "specialisation",
      t(
        "专业化：细分市场3年以上，主营业务占比≥70%，近2年主营业务收入平均增长率≥5%",
        "Specialisation: ≥ 3 years in the niche, main business ≥ 70%, 2-year average main-business growth ≥ 5%",
      ),
      [
        atLeast("niche-years", "yearsInNiche", 3),
        atLeast("main-business-share", "mainBusinessShare", 70),
        atLeast("main-business-growth-average", "mainBusinessGrowthAverage", 5, { years: 2 }),
      ],
      { clause: `${DOC} 附件3 一(一)` },
    ),
    allOf(
      "refinement",
      t("精细化：核心业务采用信息系统，取得管理体系或发达国家产品认证，资产负债率≤70%", "Refinement: information systems, certification, debt ratio ≤ 70%"),
      [
        isTrue("information-systems", "coreBusinessOnInformationSystems"),
        anyOf("certification", t("管理体系认证或发达国家和地区产品认证", "Management-system or developed-economy product certification"), [
          isTrue("certification-management-system", "managementSystemCertification"),
          isTrue("certification-developed-economy", "developedEconomyProductCertification"),
        ]),
        atMost("debt-ratio", "debtRatio", 70),
      ],
      { clause: `${DOC} 附件3 一(二)` },
    ),
    allOf(
      "distinctiveness",
      t("特色化：全国细分市场占有率≥10%，拥有自主品牌", "Distinctiveness: national niche share ≥ 10% and an own brand"),
      [atLeast("national-share", "nationalMarketShare", 10), isTrue("own-brand", "ownBrand")],
      { clause: `${DOC} 附件3 一(三)` },
    ),
    allOf(
      "innovation",
      t("创新能力：按规模的研发投入、研发机构、2项以上Ⅰ类知识产权", "Innovation: R&D by size, an R&D institution, ≥ 2 class I IP"),
      [
        rdByRevenueSize("rd-by-size", `${DOC} 附件3 一(四)1(1)`),
        isTrue("rd-institution", "hasRdInstitution", { clause: `${DOC} 附件3 一(四)1(2)` }),
        atLeast("class-i-ip", "ipClassI", 2, { clause: `${DOC} 附件3 一(四)1(3)` }),
      ],
      { clause: `${DOC} 附件3 一(四)` },
    ),
    oneOf("key-chain-link", "keyChainLink", ["fills-gap", "strengthens-weak-link", "extends-strong-link"], {
      clause: `${DOC} 附件3 一(五)`,
      title: t("产业链配套：位于产业链关键环节（补短板、锻长板、填空白）", "Chain: at a key link of an industry chain"),
      unconfirmed: true,
    }),
    anyOf(
      "product-field",
      t(
        "主导产品属于工业“六基”、制造强国十大重点产业或网络强国重点领域",
        "Leading product in the six foundations, ten key industries, or network-power fields",
      ),
      [
        isTrue("product-six-foundations", "industrialFoundation"),
        isTrue("product-ten-key-industries", "tenKeyIndustries"),
        isTrue("product-network-power", "networkPowerField"),
      ],
      { clause: `${DOC} 附件3 一(六)`, unconfirmed: true },
    ),
  ],
  score: null,
  directRoutes: [],
};

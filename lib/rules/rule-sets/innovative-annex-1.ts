import type { ConditionCriterion, RuleSet } from "../rule-set-schema";
import { anyOf, atLeast, bands, isTrue, oneOf, t } from "./builders";
import { smePreconditions } from "./common-criteria";

/**
 * 工信部企业〔2022〕63号 附件1 创新型中小企业评价标准 — shared by innovative-2022 and
 * innovative-2026 (the 2026 measures keep Annex 1 until a merged standard is issued).
 * `doc` prefixes every clause, so the 2026 rule set cites the measure it is applied under.
 */
export function innovativeAnnex1(doc: string): Pick<RuleSet, "prerequisites" | "requirements" | "score" | "directRoutes"> {
  const ipOption = (metric: string, id: string, zh: string, en: string, points: number) => ({
    when: atLeast(id, metric, 1),
    points,
    label: t(zh, en),
  });
  const directRoutes: ConditionCriterion[] = [
    isTrue("direct-st-award", "scienceTechAward", {
      clause: `${doc} 附件1 三(一)`,
      title: t("近三年获得国家级或省级科技奖励", "National or provincial S&T award in the last 3 years"),
      years: 3,
      awardScope: "provincial-or-national",
    }),
    anyOf(
      "direct-valid-honour",
      t(
        "有效期内的高新技术企业、国家级技术创新示范企业、知识产权优势或示范企业",
        "Valid high-tech, technology-innovation demonstration, or IP-advantage/demonstration title",
      ),
      [
        isTrue("direct-high-tech", "highTechEnterprise"),
        isTrue("direct-innovation-demonstration", "techInnovationDemonstration"),
        isTrue("direct-ip-honour", "ipAdvantageOrDemonstration"),
      ],
      { clause: `${doc} 附件1 三(二)` },
    ),
    oneOf("direct-rd-institution", "rdInstitutionLevel", ["provincial", "national"], {
      clause: `${doc} 附件1 三(三)`,
      title: t("拥有经认定的省部级以上研发机构", "Recognised provincial-or-higher R&D institution"),
    }),
    atLeast("direct-equity-financing", "equityFinancingTotal", 5_000_000, {
      clause: `${doc} 附件1 三(四)`,
      title: t("近三年新增股权融资总额500万元以上", "New equity financing ≥ 5,000,000 yuan in the last 3 years"),
      years: 3,
    }),
  ];
  return {
    prerequisites: smePreconditions(`${doc} 附件1 一`),
    requirements: [],
    directRoutes,
    score: {
      passMark: 60,
      blocks: [
        {
          id: "innovation",
          title: t("创新能力", "Innovation"),
          max: 40,
          minimum: 20,
          criteria: [
            {
              kind: "first-match",
              id: "ip-leading-product",
              clause: `${doc} 附件1 二(一)1`,
              title: t("与主导产品相关的有效知识产权", "IP tied to the leading product"),
              options: [
                ipOption("ipHighValueClassI", "ip-high-value", "拥有高价值Ⅰ类知识产权", "At least one high-value class I IP", 20),
                ipOption("ipSelfDevelopedClassI", "ip-self-developed", "拥有自主研发Ⅰ类知识产权", "At least one self-developed class I IP", 15),
                ipOption("ipClassI", "ip-class-i", "拥有Ⅰ类知识产权", "At least one class I IP", 10),
                ipOption("ipClassII", "ip-class-ii", "拥有Ⅱ类知识产权", "At least one class II IP", 5),
              ],
              otherwise: 0,
              otherwiseLabel: t("无相关知识产权", "No IP tied to the leading product"),
            },
            bands(
              "rd-share",
              t("上年度研发费用占营业收入比重", "R&D expense / revenue, last year"),
              "rdShare",
              "higher-is-better",
              [
                [5, 20],
                [3, 15],
                [2, 10],
                [1, 5],
              ],
              0,
              {
                clause: `${doc} 附件1 二(一)2`,
              },
            ),
          ],
        },
        {
          id: "growth",
          title: t("成长性", "Growth"),
          max: 30,
          minimum: 15,
          note: t(
            "成长性、专业化各不低于15分的要求据转载文本，待核实（?）",
            "The 15-point minima for growth and specialisation are from reprints, unconfirmed (?)",
          ),
          criteria: [
            bands(
              "main-business-growth",
              t("上年度主营业务收入增长率", "Main-business revenue growth, last year"),
              "mainBusinessGrowth",
              "higher-is-better",
              [
                [15, 20],
                [10, 15],
                [5, 10],
                [0, 5],
              ],
              0,
              { clause: `${doc} 附件1 二(二)3` },
            ),
            bands(
              "debt-ratio",
              t("上年度资产负债率", "Debt ratio, last year"),
              "debtRatio",
              "lower-is-better",
              [
                [55, 10],
                [75, 5],
              ],
              0,
              {
                clause: `${doc} 附件1 二(二)4`,
              },
            ),
          ],
        },
        {
          id: "specialisation",
          title: t("专业化", "Specialisation"),
          max: 30,
          minimum: 15,
          note: t("不低于15分的要求待核实（?）", "The 15-point minimum is unconfirmed (?)"),
          criteria: [
            {
              kind: "first-match",
              id: "strategic-emerging-industry",
              clause: `${doc} 附件1 二(三)5`,
              title: t("主导产品所属领域", "Field of the leading product"),
              options: [
                {
                  when: { kind: "flag", id: "sei-catalogue", metric: "strategicEmergingIndustry", expected: true },
                  points: 10,
                  label: t("主导产品属于《战略性新兴产业分类》", "Leading product is in the Strategic Emerging Industries catalogue"),
                },
              ],
              otherwise: 5,
              otherwiseLabel: t("主导产品不属于《战略性新兴产业分类》", "Leading product is not in the Strategic Emerging Industries catalogue"),
            },
            bands(
              "main-business-share",
              t("上年度主营业务收入占营业收入比重", "Main-business revenue / revenue, last year"),
              "mainBusinessShare",
              "higher-is-better",
              [
                [70, 20],
                [60, 15],
                [55, 10],
                [50, 5],
              ],
              0,
              { clause: `${doc} 附件1 二(三)6` },
            ),
          ],
        },
      ],
    },
  };
}

import type { RuleSet } from "../rule-set-schema";
import { allOf, anyOf, atLeast, atMost, isTrue, oneOf, t } from "./builders";
import { holdsTitle, smePreconditions } from "./common-criteria";
import { specializedAnnex2Blocks } from "./specialized-annex-2-score";

const DOC = "工信部企业〔2026〕2号";

/**
 * Tier 2 under the 2026 measures (rules.md "Version 2026"; 附件1 专精特新中小企业认定标准). The
 * figures are to be confirmed before relying on them. The indicators of the "development
 * evaluation" are not in rules.md: the 2022 Annex 2 scoring table stands in for them (marked
 * unconfirmed) with the 2026 pass mark of 50 — replace by a new version when confirmed.
 */
export const specialized2026: RuleSet = {
  schemaVersion: 1,
  code: "specialized-2026",
  tier: "specialized",
  version: "2026",
  region: null,
  title: t("专精特新中小企业（2026年标准）", "Specialized SME (2026 standard)"),
  source: {
    document: DOC,
    title: t("优质中小企业梯度培育管理办法 附件1 专精特新中小企业认定标准", "Measures for Tiered Cultivation of Quality SMEs, Annex 1"),
  },
  effectiveFrom: "2026-04-01",
  effectiveTo: null,
  notes: [
    t("2026年标准各数值待核实", "2026 figures to be confirmed"),
    t("发展评价指标暂沿用2022年附件2评分表（?），及格线50分", "Development evaluation: the 2022 Annex 2 table is a placeholder (?), pass mark 50"),
  ],
  regionalIndicators: [],
  prerequisites: [...smePreconditions(`${DOC} 附件1`), holdsTitle("innovative", `${DOC} 附件1`)],
  requirements: [
    atLeast("niche-years", "yearsInNiche", 3, { clause: `${DOC} 附件1 细分市场年限`, title: t("从事特定细分市场3年以上", "At least 3 years in the niche") }),
    anyOf(
      "revenue-or-financing",
      t("上年度营业收入1500万元以上，或近2年新增股权融资2000万元以上", "Revenue ≥ 15,000,000 yuan, or equity financing ≥ 20,000,000 yuan over 2 years"),
      [atLeast("revenue", "revenue", 15_000_000), atLeast("equity-financing-2y", "equityFinancingTotal", 20_000_000, { years: 2 })],
      { clause: `${DOC} 附件1 营业收入` },
    ),
    atLeast("min-main-business-share", "mainBusinessShare", 80, {
      clause: `${DOC} 附件1 主营业务`,
      title: t("主营业务收入占比80%以上", "Main business ≥ 80% of revenue"),
    }),
    atMost("max-debt-ratio", "debtRatio", 80, { clause: `${DOC} 附件1 资产负债率`, title: t("资产负债率不高于80%", "Debt ratio ≤ 80%") }),
    allOf(
      "rd-expense",
      t("近2年研发费用每年均不低于100万元且占营业收入比重均不低于3%", "R&D ≥ 1,000,000 yuan and ≥ 3% of revenue in each of the last 2 years"),
      [
        atLeast("rd-amount-1", "rdExpense", 1_000_000, { yearsBack: 1 }),
        atLeast("rd-amount-2", "rdExpense", 1_000_000, { yearsBack: 2 }),
        atLeast("rd-share-1", "rdShare", 3, { yearsBack: 1 }),
        atLeast("rd-share-2", "rdShare", 3, { yearsBack: 2 }),
      ],
      { clause: `${DOC} 附件1 研发投入` },
    ),
    anyOf(
      "class-i-ip",
      t(
        "拥有1项以上Ⅰ类知识产权（获省级以上科技奖励前三或有省级以上研发机构的可免）",
        "≥ 1 class I IP (waived for a provincial+ S&T award top 3 or a provincial+ R&D institution)",
      ),
      [
        atLeast("class-i-ip-count", "ipClassI", 1),
        isTrue("class-i-ip-waiver-award", "scienceTechAward", { awardScope: "provincial-or-national", maxRank: 3, years: 3, unconfirmed: true }),
        oneOf("class-i-ip-waiver-institution", "rdInstitutionLevel", ["provincial", "national"]),
      ],
      { clause: `${DOC} 附件1 知识产权` },
    ),
  ],
  score: { passMark: 50, blocks: specializedAnnex2Blocks(`${DOC} 附件1 发展评价（暂按工信部企业〔2022〕63号 附件2）`, null, true) },
  directRoutes: [],
};

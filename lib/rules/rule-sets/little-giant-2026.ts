import type { RuleSet } from "../rule-set-schema";
import { allOf, anyOf, atLeast, atMost, isTrue, oneOf, t } from "./builders";
import { holdsTitle, smePreconditions } from "./common-criteria";
import { specializedAnnex2Blocks } from "./specialized-annex-2-score";

const DOC = "工信部企业〔2026〕2号";

/**
 * Tier 3 under the 2026 measures (rules.md "Version 2026"; 附件2 专精特新“小巨人”企业认定标准).
 * Figures to be confirmed. The evaluation indicators are not in rules.md: the 2022 Annex 2 table
 * stands in (unconfirmed) with the 2026 pass mark of 60.
 */
export const littleGiant2026: RuleSet = {
  schemaVersion: 1,
  code: "little-giant-2026",
  tier: "little-giant",
  version: "2026",
  region: null,
  title: t("专精特新“小巨人”企业（2026年标准）", '"Little giant" (2026 standard)'),
  source: {
    document: DOC,
    title: t("优质中小企业梯度培育管理办法 附件2 专精特新“小巨人”企业认定标准", "Measures for Tiered Cultivation of Quality SMEs, Annex 2"),
  },
  effectiveFrom: "2026-04-01",
  effectiveTo: null,
  notes: [
    t("2026年标准各数值待核实", "2026 figures to be confirmed"),
    t("评价指标暂沿用2022年附件2评分表（?），及格线60分", "Evaluation: the 2022 Annex 2 table is a placeholder (?), pass mark 60"),
  ],
  regionalIndicators: [],
  prerequisites: [...smePreconditions(`${DOC} 附件2`), holdsTitle("specialized", `${DOC} 附件2`)],
  requirements: [
    atLeast("niche-years", "yearsInNiche", 3, { clause: `${DOC} 附件2 细分市场年限`, title: t("从事特定细分市场3年以上", "At least 3 years in the niche") }),
    atLeast("revenue", "revenue", 50_000_000, {
      clause: `${DOC} 附件2 营业收入`,
      title: t("上年度营业收入5000万元以上", "Revenue last year ≥ 50,000,000 yuan"),
    }),
    atLeast("min-main-business-share", "mainBusinessShare", 90, {
      clause: `${DOC} 附件2 主营业务`,
      title: t("主营业务收入占比90%以上", "Main business ≥ 90% of revenue"),
    }),
    atMost("max-debt-ratio", "debtRatio", 75, { clause: `${DOC} 附件2 资产负债率`, title: t("资产负债率不高于75%", "Debt ratio ≤ 75%") }),
    allOf(
      "rd-expense",
      t("近2年研发费用总额1200万元以上，且每年占营业收入比重不低于3%", "R&D ≥ 12,000,000 yuan over 2 years and ≥ 3% of revenue each year"),
      [
        atLeast("rd-total-2y", "rdExpenseTotal", 12_000_000, { years: 2 }),
        atLeast("rd-share-1", "rdShare", 3, { yearsBack: 1 }),
        atLeast("rd-share-2", "rdShare", 3, { yearsBack: 2 }),
      ],
      { clause: `${DOC} 附件2 研发投入` },
    ),
    anyOf(
      "class-i-ip",
      t("拥有4项以上Ⅰ类知识产权（获国家级科技奖励前三的可免）", "≥ 4 class I IP (waived for a national S&T award ranked top 3)"),
      [
        atLeast("class-i-ip-count", "ipClassI", 4),
        isTrue("class-i-ip-waiver-award", "scienceTechAward", { awardScope: "national", maxRank: 3, years: 3, unconfirmed: true }),
      ],
      { clause: `${DOC} 附件2 知识产权` },
    ),
    anyOf(
      "market-position",
      t("全国细分市场占有率10%以上或排名前三", "National niche share ≥ 10% or top 3 nationally"),
      [atLeast("market-share", "nationalMarketShare", 10), atMost("market-rank", "nationalRank", 3)],
      { clause: `${DOC} 附件2 市场地位` },
    ),
    anyOf(
      "product-field",
      t("主导产品属于工业“六基”领域或位于重点产业链关键环节", "Leading product in the six foundations or at a key chain link"),
      [
        isTrue("product-six-foundations", "industrialFoundation"),
        oneOf("product-key-chain-link", "keyChainLink", ["fills-gap", "strengthens-weak-link", "extends-strong-link"]),
      ],
      { clause: `${DOC} 附件2 产品领域` },
    ),
  ],
  score: { passMark: 60, blocks: specializedAnnex2Blocks(`${DOC} 附件2 评价（暂按工信部企业〔2022〕63号 附件2）`, null, true) },
  directRoutes: [],
};

import type { RuleSet, ScoreBlock } from "../rule-set-schema";
import { allOf, anyOf, atLeast, isTrue, t } from "./builders";
import { holdsTitle, smePreconditions } from "./common-criteria";
import { specializedAnnex2Blocks } from "./specialized-annex-2-score";

const DOC = "工信部企业〔2022〕63号";

/**
 * Tier 2, version 2022 (rules.md "Tier 2, version 2022"; 附件2 专精特新中小企业认定标准).
 * `distinctive` lets a province build its variant with its own 特色化 block; see specialized2022.
 */
export function specialized2022For(
  options: { code: string; version: string; region: string | null; distinctive: ScoreBlock | null } & Pick<RuleSet, "title" | "regionalIndicators" | "notes">,
): RuleSet {
  return {
    schemaVersion: 1,
    code: options.code,
    tier: "specialized",
    version: options.version,
    region: options.region,
    title: options.title,
    source: {
      document: DOC,
      title: t("优质中小企业梯度培育管理暂行办法 附件2 专精特新中小企业认定标准", "Interim Measures, Annex 2: specialized SME standard"),
    },
    effectiveFrom: "2022-08-01",
    effectiveTo: "2026-03-31",
    notes: options.notes,
    regionalIndicators: options.regionalIndicators,
    prerequisites: [...smePreconditions(`${DOC} 附件2 一`), holdsTitle("innovative", `${DOC} 附件2 一`)],
    requirements: [
      atLeast("niche-years", "yearsInNiche", 2, {
        clause: `${DOC} 附件2 一(一)`,
        title: t("从事特定细分市场时间达到2年以上", "At least 2 years in a specific niche market"),
      }),
      allOf(
        "rd-expense",
        t("上年度研发费用总额不低于100万元，且占营业收入比重不低于3%", "R&D expense last year ≥ 1,000,000 yuan and ≥ 3% of revenue"),
        [atLeast("rd-expense-amount", "rdExpense", 1_000_000), atLeast("rd-expense-share", "rdShare", 3)],
        { clause: `${DOC} 附件2 一(二)` },
      ),
      anyOf(
        "revenue-or-financing",
        t(
          "上年度营业收入1000万元以上，或近2年新增股权融资2000万元以上",
          "Revenue last year ≥ 10,000,000 yuan, or equity financing ≥ 20,000,000 yuan over 2 years",
        ),
        [atLeast("revenue", "revenue", 10_000_000), atLeast("equity-financing-2y", "equityFinancingTotal", 20_000_000, { years: 2 })],
        { clause: `${DOC} 附件2 一(三)` },
      ),
    ],
    score: { passMark: 60, blocks: specializedAnnex2Blocks(`${DOC} 附件2`, options.distinctive) },
    directRoutes: [
      anyOf(
        "direct-st-award",
        t("近三年获省级科技奖励并排名前三，或国家级科技奖励并排名前五", "Provincial S&T award ranked top 3, or national ranked top 5, in the last 3 years"),
        [
          isTrue("direct-st-award-provincial", "scienceTechAward", { awardScope: "provincial", maxRank: 3, years: 3 }),
          isTrue("direct-st-award-national", "scienceTechAward", { awardScope: "national", maxRank: 5, years: 3 }),
        ],
        { clause: `${DOC} 附件2 一(四)1` },
      ),
      atLeast("direct-rd-average", "rdExpenseAverage", 10_000_000, {
        clause: `${DOC} 附件2 一(四)2`,
        title: t("近2年研发费用总额均值在1000万元以上", "Average R&D expense over 2 years ≥ 10,000,000 yuan"),
        years: 2,
      }),
      atLeast("direct-equity-financing", "equityFinancingTotal", 60_000_000, {
        clause: `${DOC} 附件2 一(四)3`,
        title: t("近2年新增股权融资总额6000万元以上", "New equity financing ≥ 60,000,000 yuan over 2 years"),
        years: 2,
      }),
      isTrue("direct-maker-china", "makerChinaTop500", {
        clause: `${DOC} 附件2 一(四)4`,
        title: t("近三年进入“创客中国”大赛全国500强", "Maker China national top 500 in the last 3 years"),
        years: 3,
      }),
    ],
  };
}

export const specialized2022: RuleSet = specialized2022For({
  code: "specialized-2022",
  version: "2022",
  region: null,
  title: t("专精特新中小企业（2022年标准，全国通用部分）", "Specialized SME (2022 standard, national part)"),
  distinctive: null,
  regionalIndicators: [],
  notes: [
    t(
      "特色化指标（15分）由各省设定；本全国规则集该部分为空，满分85分，及格线仍为60分",
      "The distinctive block (15 points) is set per province; it is empty here, so the maximum is 85 and the pass mark stays 60",
    ),
  ],
});

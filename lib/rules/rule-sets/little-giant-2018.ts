import type { RuleSet } from "../rule-set-schema";
import { anyOf, atLeast, atMost, isTrue, t } from "./builders";
import { holdsTitle, smePreconditions } from "./common-criteria";
import { rdByRevenueSize } from "./rd-by-revenue-size";

const DOC = "工信厅企业函〔2018〕381号";

/**
 * National little giant, version 2018 (first batches 2019–2021). rules.md lists how it differs from
 * 2022; we read that list as its complete set of criteria (no brand, national share, chain or
 * product-field requirements) — a judgement call recorded in the notes.
 */
export const littleGiant2018: RuleSet = {
  schemaVersion: 1,
  code: "little-giant-2018",
  tier: "little-giant",
  version: "2018",
  region: null,
  title: t("专精特新“小巨人”企业（2018年标准）", '"Little giant" (2018 standard)'),
  source: {
    document: DOC,
    title: t("关于开展专精特新“小巨人”企业培育工作的通知（第一至三批适用）", "Notice on cultivating little-giant enterprises (batches 1–3)"),
  },
  effectiveFrom: null,
  effectiveTo: "2022-07-31",
  notes: [
    t(
      "依据 rules.md 所列2018年版差异项建模；发文字号及条款编号待核实",
      "Modelled from the 2018 differences listed in rules.md; the document number and clause numbering are unconfirmed",
    ),
  ],
  regionalIndicators: [],
  prerequisites: [...smePreconditions(`${DOC} 申报条件`), holdsTitle("specialized", `${DOC} 申报条件`)],
  requirements: [
    anyOf(
      "growth",
      t("近2年主营业务收入或净利润平均增长率达到5%以上", "2-year average growth of main-business revenue or net profit ≥ 5%"),
      [atLeast("growth-main-business", "mainBusinessGrowthAverage", 5, { years: 2 }), atLeast("growth-net-profit", "netProfitGrowthAverage", 5, { years: 2 })],
      { clause: `${DOC} 经济效益` },
    ),
    atMost("debt-ratio", "debtRatio", 70, { clause: `${DOC} 经济效益`, title: t("资产负债率不高于70%", "Debt ratio ≤ 70%") }),
    atLeast("niche-years", "yearsInNiche", 3, { clause: `${DOC} 专业化程度`, title: t("从事特定细分市场3年以上", "At least 3 years in the niche") }),
    atLeast("main-business-share", "mainBusinessShare", 70, {
      clause: `${DOC} 专业化程度`,
      title: t("主营业务收入占营业收入70%以上", "Main business ≥ 70% of revenue"),
    }),
    atMost("provincial-rank", "provincialRank", 3, {
      clause: `${DOC} 专业化程度`,
      title: t("细分市场占有率位居全省前3位", "Market share top 3 in the province"),
    }),
    rdByRevenueSize("rd-by-size", `${DOC} 创新能力`),
    isTrue("information-systems", "coreBusinessOnInformationSystems", {
      clause: `${DOC} 经营管理`,
      title: t("至少1项核心业务采用信息系统支撑", "At least one core business runs on information systems"),
    }),
  ],
  score: null,
  directRoutes: [],
};

import type { RuleSet } from "../rule-set-schema";
import { anyOf, atLeast, bands, t } from "./builders";
import { smePreconditions } from "./common-criteria";

const DOC = "山西省省级专精特新中小企业认定（2019年）";

/**
 * Shanxi's 2019 provincial specialized-SME list (rules.md "Rule versions"): revenue over 5 million
 * yuan last year, and main-business revenue growth ≥ 15% year on year or an average ≥ 10% over the
 * last two years (?). There was no tier-1 title in 2019, so none is required.
 *
 * The distinctive (特色化) block is ILLUSTRATIVE: its three indicators, points and the pass mark are
 * plausible examples of what a province configures, chosen to exercise provincial indicators
 * end to end — not Shanxi's published criteria. Replace them with the official ones.
 */
export const shanxiSpecialized2019: RuleSet = {
  schemaVersion: 1,
  code: "shanxi-specialized-2019",
  tier: "specialized",
  version: "shanxi-2019",
  region: "140000",
  title: t("山西省专精特新中小企业（2019年）", "Shanxi specialized SME (2019 provincial list)"),
  source: { document: DOC, title: t("山西省2019年专精特新中小企业认定条件", "Shanxi 2019 provincial specialized-SME criteria") },
  effectiveFrom: "2019-01-01",
  effectiveTo: "2022-07-31",
  notes: [
    t("“500万元以上”按含本数理解；增长率条件待核实（?）", '"Over 5 million" is read as 500万元以上 (inclusive); the growth figures are unconfirmed (?)'),
    t(
      "特色化指标及其分值、及格线均为示例（illustrative），需替换为山西省正式指标",
      "The distinctive indicators, their points and the pass mark are illustrative and must be replaced with Shanxi's official ones",
    ),
  ],
  regionalIndicators: [
    {
      key: "key-industry-chain",
      label: t("主导产品属于本省重点产业链（示例）", "Leading product serves one of the province's key industry chains (illustrative)"),
      kind: "boolean",
      illustrative: true,
    },
    {
      key: "in-province-supply-share",
      label: t("为省内企业配套的销售收入占比（示例）", "Share of sales supplied to firms in the province (illustrative)"),
      kind: "number",
      unit: "percent",
      illustrative: true,
    },
    {
      key: "non-coal-main-business",
      label: t("主营业务属于非煤产业（示例）", "Main business is outside coal and directly related industries (illustrative)"),
      kind: "boolean",
      illustrative: true,
    },
  ],
  prerequisites: smePreconditions(`${DOC} 基本条件`),
  requirements: [
    atLeast("revenue", "revenue", 5_000_000, {
      clause: `${DOC} 经济指标`,
      title: t("上年度营业收入500万元以上", "Revenue last year ≥ 5,000,000 yuan"),
      unconfirmed: true,
    }),
    anyOf(
      "growth",
      t("上年度主营业务收入增长率≥15%，或近2年平均增长率≥10%", "Main-business growth ≥ 15% last year, or a 2-year average ≥ 10%"),
      [atLeast("growth-last-year", "mainBusinessGrowth", 15), atLeast("growth-average", "mainBusinessGrowthAverage", 10, { years: 2 })],
      { clause: `${DOC} 经济指标`, unconfirmed: true },
    ),
  ],
  score: {
    passMark: 5,
    blocks: [
      {
        id: "distinctive",
        title: t("特色化（示例）", "Distinctive (illustrative)"),
        max: 15,
        minimum: 0,
        note: t("示例指标，非山西省正式标准", "Illustrative indicators, not Shanxi's official standard"),
        criteria: [
          {
            kind: "first-match",
            id: "key-industry-chain",
            clause: `${DOC} 特色化指标（示例）`,
            title: t("主导产品属于本省重点产业链", "Leading product in a provincial key industry chain"),
            options: [
              {
                when: { kind: "flag", id: "key-industry-chain-yes", metric: "regionalFlag", key: "key-industry-chain", expected: true },
                points: 6,
                label: t("属于本省重点产业链", "Serves a provincial key industry chain"),
              },
            ],
            otherwise: 0,
            otherwiseLabel: t("不属于本省重点产业链", "Not in a provincial key industry chain"),
            unconfirmed: true,
          },
          bands(
            "in-province-supply-share",
            t("为省内企业配套的销售收入占比", "Share of sales supplied to firms in the province"),
            "regionalNumber",
            "higher-is-better",
            [
              [30, 5],
              [10, 3],
            ],
            0,
            { clause: `${DOC} 特色化指标（示例）`, key: "in-province-supply-share", unconfirmed: true },
          ),
          {
            kind: "first-match",
            id: "non-coal-main-business",
            clause: `${DOC} 特色化指标（示例）`,
            title: t("主营业务属于非煤产业", "Main business outside coal"),
            options: [
              {
                when: { kind: "flag", id: "non-coal-yes", metric: "regionalFlag", key: "non-coal-main-business", expected: true },
                points: 4,
                label: t("主营业务属于非煤产业", "Main business is outside coal"),
              },
            ],
            otherwise: 0,
            otherwiseLabel: t("主营业务属于煤炭及相关产业", "Main business is coal or directly related"),
            unconfirmed: true,
          },
        ],
      },
    ],
  },
  directRoutes: [],
};

import type { ScoreBlock } from "../rule-set-schema";
import { anyOf, atLeast, bands, isTrue, oneOf, t } from "./builders";

/**
 * 工信部企业〔2022〕63号 附件2 二 — the 13 scored indicators of the specialized SME standard
 * (100 points: specialisation 25, refinement 25, distinctive 15, innovation 35).
 *
 * The distinctive block (附件2 二(三)9) holds 1–3 indicators each province sets itself. A national
 * rule set passes `distinctive` = an empty block with max 0; a provincial rule set passes its own
 * block (max 15) and declares the facts it asks for in `regionalIndicators`.
 */
export function specializedAnnex2Blocks(clausePrefix: string, distinctive: ScoreBlock | null, placeholder = false): ScoreBlock[] {
  const blocks = annex2Blocks(clausePrefix, distinctive);
  // Standing in for indicators not yet confirmed: every criterion is flagged so UIs can say so.
  return placeholder ? blocks.map((b) => ({ ...b, criteria: b.criteria.map((c) => ({ ...c, unconfirmed: true })) })) : blocks;
}

function annex2Blocks(clausePrefix: string, distinctive: ScoreBlock | null): ScoreBlock[] {
  const c = (n: string) => `${clausePrefix} ${n}`;
  return [
    {
      id: "specialisation",
      title: t("专业化", "Specialisation"),
      max: 25,
      minimum: 0,
      criteria: [
        bands(
          "main-business-share",
          t("上年度主营业务收入占营业收入比重", "Main-business share of revenue, last year"),
          "mainBusinessShare",
          "higher-is-better",
          [
            [80, 5],
            [70, 3],
            [60, 1],
          ],
          0,
          {
            clause: c("二(一)1"),
          },
        ),
        bands(
          "main-business-growth-average",
          t("近2年主营业务收入平均增长率", "Average main-business revenue growth over 2 years"),
          "mainBusinessGrowthAverage",
          "higher-is-better",
          [
            [10, 10],
            [8, 8],
            [6, 6],
            [4, 4],
            [0, 2],
          ],
          0,
          { clause: c("二(一)2"), years: 2 },
        ),
        // 1 point per full 2 years, at most 5.
        bands(
          "years-in-niche",
          t("从事特定细分市场年限", "Years in the niche market"),
          "yearsInNiche",
          "higher-is-better",
          [
            [10, 5],
            [8, 4],
            [6, 3],
            [4, 2],
            [2, 1],
          ],
          0,
          {
            clause: c("二(一)3"),
          },
        ),
        {
          kind: "first-match",
          id: "leading-product-field",
          clause: c("二(一)4"),
          title: t("主导产品所属领域", "Field of the leading product"),
          options: [
            {
              when: oneOf("field-key-chain", "keyChainLink", ["fills-gap", "strengthens-weak-link"]),
              points: 5,
              label: t("在重点产业链中实现补短板、填空白", "Fills a gap or strengthens a weak link of a key industry chain"),
            },
            {
              when: anyOf(
                "field-foundation-brand-supplier",
                t("工业“六基”、中华老字号或链主企业配套", "Six foundations, time-honoured brand or chain-leader supplier"),
                [
                  isTrue("field-six-foundations", "industrialFoundation"),
                  isTrue("field-time-honoured", "timeHonouredBrand"),
                  isTrue("field-chain-leader-supplier", "chainLeaderSupplier"),
                ],
              ),
              points: 3,
              label: t(
                "属于工业“六基”领域、中华老字号，或为链主企业配套",
                "In the industrial six foundations, a time-honoured brand, or a supplier to a chain-leading firm",
              ),
            },
          ],
          otherwise: 0,
          otherwiseLabel: t("属于其他领域", "Other field"),
        },
      ],
    },
    {
      id: "refinement",
      title: t("精细化", "Refinement"),
      max: 25,
      minimum: 0,
      criteria: [
        bands(
          "digital-level",
          t("数字化水平", "Digital level"),
          "digitalLevel",
          "higher-is-better",
          [
            [3, 5],
            [2, 3],
          ],
          0,
          { clause: c("二(二)5") },
        ),
        {
          kind: "capped-sum",
          id: "quality-management",
          clause: c("二(二)6"),
          title: t("质量管理水平（每项3分，最高5分）", "Quality management (3 points each, at most 5)"),
          items: [
            { when: isTrue("quality-award", "provincialQualityAward"), points: 3 },
            { when: isTrue("quality-management-system", "managementSystemCertification"), points: 3 },
            { when: isTrue("quality-own-brand", "ownBrand"), points: 3 },
            { when: isTrue("quality-standard", "draftedStandard"), points: 3 },
          ],
          cap: 5,
        },
        bands(
          "net-margin",
          t("上年度净利润率", "Net profit margin, last year"),
          "netMargin",
          "higher-is-better",
          [
            [10, 10],
            [8, 8],
            [6, 6],
            [4, 4],
            [2, 2],
          ],
          0,
          {
            clause: c("二(二)7"),
          },
        ),
        bands(
          "debt-ratio",
          t("上年度资产负债率", "Debt ratio, last year"),
          "debtRatio",
          "lower-is-better",
          [
            [50, 5],
            [60, 3],
            [70, 1],
          ],
          0,
          { clause: c("二(二)8") },
        ),
      ],
    },
    distinctive ?? {
      id: "distinctive",
      title: t("特色化", "Distinctive"),
      max: 0,
      minimum: 0,
      note: t("由各省自主设定1—3个指标（满分15分）；全国规则集不计分", "1–3 indicators set by each province (15 points); empty in the national rule set"),
      criteria: [],
    },
    {
      id: "innovation",
      title: t("创新能力", "Innovation"),
      max: 35,
      minimum: 0,
      criteria: [
        {
          kind: "first-match",
          id: "ip-leading-product",
          clause: c("二(四)10"),
          title: t("与主导产品相关的有效知识产权", "IP tied to the leading product"),
          options: [
            { when: atLeast("ip-high-value", "ipHighValueClassI", 1), points: 10, label: t("拥有高价值Ⅰ类知识产权", "At least one high-value class I IP") },
            {
              when: atLeast("ip-self-developed", "ipSelfDevelopedClassI", 1),
              points: 8,
              label: t("拥有自主研发Ⅰ类知识产权", "At least one self-developed class I IP"),
            },
            { when: atLeast("ip-class-i", "ipClassI", 1), points: 6, label: t("拥有Ⅰ类知识产权", "At least one class I IP") },
            { when: atLeast("ip-class-ii", "ipClassII", 1), points: 2, label: t("拥有Ⅱ类知识产权", "At least one class II IP") },
          ],
          otherwise: 0,
          otherwiseLabel: t("无相关知识产权", "No IP tied to the leading product"),
        },
        {
          kind: "best-of",
          id: "rd-investment",
          clause: c("二(四)11"),
          title: t("上年度研发费用投入（金额或占比，取高者）", "R&D expense last year (amount or share, whichever scores higher)"),
          criteria: [
            bands(
              "rd-amount",
              t("研发费用金额", "R&D expense amount"),
              "rdExpense",
              "higher-is-better",
              [
                [5_000_000, 10],
                [4_000_000, 8],
                [3_000_000, 6],
                [2_000_000, 4],
                [1_000_000, 2],
              ],
              0,
            ),
            bands(
              "rd-share-band",
              t("研发费用占营业收入比重", "R&D expense share of revenue"),
              "rdShare",
              "higher-is-better",
              [
                [10, 10],
                [8, 8],
                [6, 6],
                [4, 4],
                [3, 2],
              ],
              0,
            ),
          ],
        },
        bands(
          "rd-staff-share",
          t("上年度研发人员占比", "R&D staff share, last year"),
          "rdStaffShare",
          "higher-is-better",
          [
            [20, 5],
            [10, 3],
            [5, 1],
          ],
          0,
          {
            clause: c("二(四)12"),
          },
        ),
        {
          kind: "first-match",
          id: "rd-institution",
          clause: c("二(四)13"),
          title: t("建立研发机构级别", "R&D institution level"),
          options: [
            { when: oneOf("rd-institution-national", "rdInstitutionLevel", ["national"]), points: 10, label: t("国家级研发机构", "National R&D institution") },
            {
              when: oneOf("rd-institution-provincial", "rdInstitutionLevel", ["provincial"]),
              points: 8,
              label: t("省级研发机构", "Provincial R&D institution"),
            },
            { when: oneOf("rd-institution-municipal", "rdInstitutionLevel", ["municipal"]), points: 4, label: t("市级研发机构", "Municipal R&D institution") },
            {
              when: oneOf("rd-institution-lower", "rdInstitutionLevel", ["lower"]),
              points: 2,
              label: t("市级以下研发机构", "R&D institution below municipal level"),
            },
          ],
          otherwise: 0,
          otherwiseLabel: t("未建立研发机构", "No R&D institution"),
        },
      ],
    },
  ];
}

import type { ConditionCriterion } from "../rule-set-schema";
import { isFalse, isTrue, oneOf, t } from "./builders";

/**
 * Preconditions for every tier (rules.md "Preconditions for every tier"; 工信部企业〔2022〕63号
 * 附件1–3 第一条): registered in mainland China with independent legal personality, an SME under
 * 工信部联企业〔2011〕300号, not on the abnormal-operations or serious-dishonesty lists, no banned or
 * phase-out products, and no major accident or tax evasion in the last 3 years.
 */
export function smePreconditions(clause: string): ConditionCriterion[] {
  return [
    isTrue("independent-legal-person", "independentLegalPerson", {
      clause,
      title: t("境内注册、具有独立法人资格", "Registered in mainland China with independent legal personality"),
    }),
    oneOf("sme-size", "smeSize", ["micro", "small", "medium"], {
      clause: `${clause}；工信部联企业〔2011〕300号`,
      title: t("属于中小企业", "Is an SME under the 2011 size classification"),
    }),
    isFalse("not-abnormal-operations", "onAbnormalOperationsList", { clause, title: t("未被列入经营异常名录", "Not on the abnormal-operations list") }),
    isFalse("not-seriously-dishonest", "onSeriousDishonestyList", { clause, title: t("未被列入严重失信主体名单", "Not on the serious-dishonesty list") }),
    isFalse("no-banned-products", "bannedOrPhaseOutProducts", {
      clause,
      title: t("产品不属于禁止、限制或淘汰类", "No banned, restricted or phase-out products"),
    }),
    isFalse("no-major-accident", "majorAccidentLast3Years", {
      clause,
      title: t("近三年未发生重大安全、质量、环境污染事故", "No major safety, quality or environmental accident in the last 3 years"),
    }),
    isFalse("no-tax-evasion", "taxEvasionLast3Years", { clause, title: t("近三年无偷漏税等违法违规行为", "No tax evasion in the last 3 years") }),
  ];
}

/** Each tier requires a valid title of the tier below (rules.md tier table). */
export function holdsTitle(tier: "innovative" | "specialized", clause: string): ConditionCriterion {
  return tier === "innovative"
    ? isTrue("holds-innovative-title", "innovativeTitleValid", { clause, title: t("持有有效的创新型中小企业称号", "Holds a valid innovative SME title") })
    : isTrue("holds-specialized-title", "specializedTitleValid", { clause, title: t("持有有效的专精特新中小企业称号", "Holds a valid specialized SME title") });
}

import type { LocalizedText } from "./localized-text";

/**
 * Every problem the engine finds in facts or in a rule set, by a stable code with its text in
 * both languages, so no caller translates engine messages itself. The schemas word their zod
 * messages with the English text from here (tools and tests read English). The engine's own
 * checks also carry the code and its values in `params` (`{ issue, ... }`); a built-in zod check
 * (a type, a minimum) carries only its message, which names its code through this same table.
 */
type Values = Record<string, string | number>;
const fixed = (en: string, zh: string) => () => ({ en, zh });

const TEXTS = {
  // facts (lib/rules/facts.ts)
  "amount-not-a-number": fixed("Expected an amount in yuan (a number)", "应为以元为单位的金额（数字）"),
  "amount-negative": fixed("Amounts cannot be negative", "金额不能为负数"),
  "amount-too-large-facts": fixed("Amount is implausibly large (over 10 trillion yuan)", "金额过大（超过10万亿元），请核对"),
  "amount-decimals-facts": fixed("Amounts have at most 2 decimals (whole fen)", "金额最多保留两位小数（到分）"),
  "not-a-whole-number": fixed("Expected a whole number", "应为整数"),
  "not-a-year": fixed("Expected a year", "应为年份"),
  "not-a-rank": fixed("Expected a rank (1 = first)", "应为名次（1表示第一）"),
  "not-a-percentage": fixed("Expected a percentage", "应为百分比数值"),
  "percent-decimals-facts": fixed("Percentages have at most 2 decimals", "百分比最多保留两位小数"),
  "not-a-date": fixed("Expected a date as YYYY-MM-DD", "请按“年-月-日”（YYYY-MM-DD）填写日期"),
  "not-a-four-digit-year": fixed("Expected a four-digit year", "应为四位年份"),
  "main-business-exceeds-revenue": fixed("Main-business revenue cannot exceed total revenue", "主营业务收入不能超过营业收入"),
  "rd-staff-exceeds-employees": fixed("R&D staff cannot exceed total employees", "研发人员数不能超过职工总数"),
  "ip-subset-exceeds-class-i": fixed("Cannot exceed the number of class I IP (it is part of it)", "不能超过Ⅰ类知识产权总数（属于其中一部分）"),
  "not-a-digital-level": fixed("Expected a digital level 1–4", "数字化水平应为1至4级"),
  "indicator-key-format": fixed("Indicator keys are lower-case kebab-case", "指标代码应为小写字母、数字和连字符"),
  "indicator-decimals": fixed("At most 2 decimals", "最多保留两位小数"),
  // rule sets (lib/rules/rule-set-schema.ts)
  "id-format": fixed("Ids are lower-case kebab-case", "编号应为小写字母、数字和连字符"),
  "code-format": fixed("Codes are lower-case kebab-case", "代码应为小写字母、数字和连字符"),
  "region-format": fixed("Region is a 6-digit division code, or null for national", "地区应为6位行政区划代码（全国适用时为空）"),
  "points-negative": fixed("Points cannot be negative", "分值不能为负数"),
  "unknown-metric": (v: Values) => ({ en: `Unknown metric "${v.metric}"`, zh: `未知的指标“${v.metric}”` }),
  "duplicate-criterion-id": (v: Values) => ({
    en: `Duplicate criterion id "${v.id}" (first used at ${v.first})`,
    zh: `指标编号“${v.id}”重复（首次用于${v.first}）`,
  }),
  "metric-wrong-type": (v: Values) => ({
    en: `Metric "${v.metric}" is ${v.type}; this criterion needs ${v.allowed}`,
    zh: `指标“${v.metric}”的类型为${v.type}，此项须为${v.allowed}`,
  }),
  "metric-takes-no-param": (v: Values) => ({ en: `Metric "${v.metric}" takes no "${v.param}"`, zh: `指标“${v.metric}”不接受参数“${v.param}”` }),
  "indicator-not-declared": fixed("Provincial indicators must name a key declared in regionalIndicators", "省级指标须使用在 regionalIndicators 中声明的代码"),
  "indicator-kind-mismatch": (v: Values) => ({ en: `Indicator "${v.key}" is declared as ${v.kind}`, zh: `指标“${v.key}”声明的类型为${v.kind}` }),
  "amount-decimals": fixed("Amounts in yuan have at most 2 decimals", "金额最多保留两位小数"),
  "percent-decimals": fixed("Percentages have at most 4 decimals", "百分比最多保留四位小数"),
  "amount-too-large": fixed("Amount is implausibly large", "金额过大，请核对"),
  "clause-missing": fixed("Each criterion cites the clause it encodes", "每项指标须注明其依据的条款"),
  "not-an-option": (v: Values) => ({ en: `"${v.value}" is not an option of ${v.metric}`, zh: `“${v.value}”不是${v.metric}的可选项` }),
  "band-edges-decrease": fixed("Bands go from the best: edges must strictly decrease", "分档须从最好一档开始：分档界值须严格递减"),
  "band-edges-increase": fixed("Bands go from the best: edges must strictly increase", "分档须从最好一档开始：分档界值须严格递增"),
  "worse-band-scores-more": fixed("A worse band cannot score more than a better one", "较低一档的分值不能高于较高一档"),
  "otherwise-scores-more": fixed("Below the last band cannot score more than the last band", "低于最后一档时的分值不能高于最后一档"),
  "duplicate-block-id": (v: Values) => ({ en: `Duplicate block id "${v.id}"`, zh: `分项编号“${v.id}”重复` }),
  "block-max-mismatch": (v: Values) => ({
    en: `Block maximum ${v.max} differs from the sum of its criteria (${v.sum})`,
    zh: `分项满分${v.max}分与其指标最高分之和（${v.sum}分）不一致`,
  }),
  "block-minimum-over-max": fixed("Block minimum exceeds the block maximum", "分项最低分超过了分项满分"),
  "pass-mark-over-max": (v: Values) => ({
    en: `Pass mark ${v.passMark} exceeds the maximum score ${v.max}`,
    zh: `及格线${v.passMark}分超过了满分${v.max}分`,
  }),
  "ends-before-start": fixed("Ends before it starts", "结束日期早于开始日期"),
} satisfies Record<string, (values: Values) => LocalizedText>;

export type IssueCode = keyof typeof TEXTS;

export function issueText(code: IssueCode, values: Values = {}): LocalizedText {
  return TEXTS[code](values);
}

/** The English wording of an issue without values, for a zod check's `error`. */
export const issueEn = (code: IssueCode): string => TEXTS[code]({}).en;

/** A custom zod issue carrying its code and values. */
export function customIssue(code: IssueCode, path: PropertyKey[], values: Values = {}) {
  return { code: "custom" as const, path, message: issueText(code, values).en, params: { issue: code, ...values } };
}

// Built-in checks carry only their message; the fixed texts name their codes.
const CODE_BY_EN = new Map<string, IssueCode>();
for (const [code, text] of Object.entries(TEXTS) as [IssueCode, (v: Values) => LocalizedText][]) {
  if (text.length === 0) CODE_BY_EN.set(text({}).en, code);
}

// zod's own issues (no message of ours): the Chinese names the kind of problem.
const ZH_BY_ZOD_CODE: Record<string, string> = {
  invalid_type: "数据类型不正确",
  too_small: "数值低于允许的最小值",
  too_big: "数值超过允许的最大值",
  unrecognized_keys: "包含无法识别的字段",
  invalid_value: "不是允许的选项",
  invalid_format: "格式不正确",
  not_multiple_of: "数值精度不正确",
  invalid_union: "数据格式不正确",
  invalid_key: "字段名称不正确",
};

export interface DescribedIssue {
  /** The engine's issue code, or null for one of zod's own checks (then `text` is generic). */
  issue: IssueCode | null;
  text: LocalizedText;
}

/** The code and bilingual text of a zod issue raised by the engine's schemas. */
export function describeIssue(raw: { code: string; message: string; params?: Record<string, unknown> }): DescribedIssue {
  const fromParams = raw.params?.issue;
  if (typeof fromParams === "string" && fromParams in TEXTS) {
    const code = fromParams as IssueCode;
    return { issue: code, text: TEXTS[code](raw.params as Values) };
  }
  const code = CODE_BY_EN.get(raw.message);
  if (code) return { issue: code, text: TEXTS[code]({}) };
  return { issue: null, text: { en: raw.message, zh: ZH_BY_ZOD_CODE[raw.code] ?? "数据不正确" } };
}

import type { LocalizedText } from "@/lib/rules/localized-text";

/**
 * The facts schema in lib/rules words its messages in English (it is shared with tools and
 * tests); people using the portal in Chinese get the same message in Chinese. Messages not in
 * this list fall back to a Chinese sentence chosen by the issue code.
 */
const ZH_BY_MESSAGE: Record<string, string> = {
  "Amount is implausibly large (over 10 trillion yuan)": "金额过大（超过10万亿元），请核对",
  "Amounts cannot be negative": "金额不能为负数",
  "Amounts have at most 2 decimals (whole fen)": "金额最多保留两位小数（到分）",
  "At most 2 decimals": "最多保留两位小数",
  "Cannot exceed the number of class I IP (it is part of it)": "不能超过Ⅰ类知识产权总数（属于其中一部分）",
  "Expected a date as YYYY-MM-DD": "请按“年-月-日”（YYYY-MM-DD）填写日期",
  "Expected a digital level 1–4": "数字化水平应为1至4级",
  "Expected a four-digit year": "应为四位年份",
  "Expected a percentage": "应为百分比数值",
  "Expected a rank (1 = first)": "应为名次（1表示第一）",
  "Expected a whole number": "应为整数",
  "Expected a year": "应为年份",
  "Expected an amount in yuan (a number)": "应为以元为单位的金额（数字）",
  "Indicator keys are lower-case kebab-case": "指标代码应为小写字母、数字和连字符",
  "Main-business revenue cannot exceed total revenue": "主营业务收入不能超过营业收入",
  "Percentages have at most 2 decimals": "百分比最多保留两位小数",
  "R&D staff cannot exceed total employees": "研发人员数不能超过职工总数",
};

const ZH_BY_CODE: Record<string, string> = {
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

export function localizeIssue(issue: { code: string; message: string }): LocalizedText {
  return { en: issue.message, zh: ZH_BY_MESSAGE[issue.message] ?? ZH_BY_CODE[issue.code] ?? "数据不正确" };
}

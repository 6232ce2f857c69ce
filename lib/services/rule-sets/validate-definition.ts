import { localizeIssue } from "@/lib/api/localize-issue";
import { compileRuleSet, InvalidRuleSetError, type LocalizedText, ruleSetSchema, type RuleSet } from "@/lib/rules";

export type DefinitionErrors = Record<string, LocalizedText[]>;

// The rule-set schema words its cross-field checks in English; administrators reading Chinese
// get them in Chinese (the English is kept alongside).
const ZH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Pass mark (\S+) exceeds the maximum score (\S+)$/, (m) => `及格线${m[1]}分超过了满分${m[2]}分`],
  [/^Block maximum (\S+) differs from the sum of its criteria \((\S+)\)$/, (m) => `分项满分${m[1]}分与其指标最高分之和（${m[2]}分）不一致`],
  [/^Block minimum exceeds the block maximum$/, () => "分项最低分超过了分项满分"],
  [/^Bands go from the best: edges must strictly decrease$/, () => "分档须从最好一档开始：分档界值须严格递减"],
  [/^Bands go from the best: edges must strictly increase$/, () => "分档须从最好一档开始：分档界值须严格递增"],
  [/^A worse band cannot score more than a better one$/, () => "较低一档的分值不能高于较高一档"],
  [/^Below the last band cannot score more than the last band$/, () => "低于最后一档时的分值不能高于最后一档"],
  [/^Points cannot be negative$/, () => "分值不能为负数"],
  [/^Amounts in yuan have at most 2 decimals$/, () => "金额最多保留两位小数"],
  [/^Percentages have at most 4 decimals$/, () => "百分比最多保留四位小数"],
  [/^Amount is implausibly large$/, () => "金额过大，请核对"],
];

export function localizeRuleSetMessage(issue: { code?: string; message: string }): LocalizedText {
  for (const [pattern, zh] of ZH) {
    const m = pattern.exec(issue.message);
    if (m) return { zh: zh(m), en: issue.message };
  }
  const fallback = localizeIssue({ code: issue.code ?? "custom", message: issue.message });
  return fallback.zh === "数据不正确" ? { zh: `规则集校验未通过：${issue.message}`, en: issue.message } : fallback;
}

/**
 * Validates a definition as the engine will load it — the schema with its cross-field checks, then
 * compilation — and reports every problem by its path in the definition.
 */
export function validateDefinition(definition: RuleSet): { ok: true; definition: RuleSet } | { ok: false; errors: DefinitionErrors } {
  const errors: DefinitionErrors = {};
  const add = (path: string, text: LocalizedText) => (errors[path] ??= []).push(text);
  const parsed = ruleSetSchema.safeParse(definition);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path.map(String).join("."), localizeRuleSetMessage(issue));
    return { ok: false, errors };
  }
  try {
    compileRuleSet(parsed.data);
  } catch (error) {
    if (!(error instanceof InvalidRuleSetError)) throw error;
    for (const issue of error.issues) add(issue.path, localizeRuleSetMessage(issue));
    return { ok: false, errors };
  }
  return { ok: true, definition: parsed.data };
}

import { compileRuleSet, describeIssue, InvalidRuleSetError, type LocalizedText, ruleSetSchema, type RuleSet } from "@/lib/rules";

export type DefinitionErrors = Record<string, LocalizedText[]>;

/** The engine words every rule-set problem in both languages; one of zod's own checks gets a generic Chinese lead. */
function localizeRuleSetMessage(issue: { code?: string; message: string; params?: Record<string, unknown> }): LocalizedText {
  const described = describeIssue({ code: issue.code ?? "custom", message: issue.message, params: issue.params });
  return described.issue === null && described.text.zh === "数据不正确" ? { zh: `规则集校验未通过：${issue.message}`, en: issue.message } : described.text;
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
    for (const issue of error.issues) add(issue.path, issue.text);
    return { ok: false, errors };
  }
  return { ok: true, definition: parsed.data };
}

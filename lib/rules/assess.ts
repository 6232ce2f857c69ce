import type { CompiledRuleSet } from "./engine/compile-rule-set";
import { evaluate } from "./evaluate";
import type { EvaluationResult } from "./evaluation-result";
import { factsSchema } from "./facts";
import { describeIssue, type IssueCode } from "./issues";
import type { LocalizedText } from "./localized-text";
import type { EvaluationContext } from "./metrics/metric-types";
import type { RuleSet } from "./rule-set-schema";

export interface FactIssue {
  path: string;
  message: string;
  /** The engine's issue code (null for one of zod's own checks) and the text in both languages. */
  issue: IssueCode | null;
  text: LocalizedText;
}

/**
 * For untrusted input (the public self-assessment, an API call): validate the facts, then
 * evaluate. Malformed facts come back as issues tied to their paths, never as an exception.
 */
export function assessFacts(
  ruleSet: RuleSet | CompiledRuleSet,
  input: unknown,
  context: EvaluationContext,
): { ok: true; result: EvaluationResult } | { ok: false; issues: FactIssue[] } {
  const parsed = factsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message, ...describeIssue(i) })) };
  }
  return { ok: true, result: evaluate(ruleSet, parsed.data, context) };
}

import { compileRuleSet, type CompiledRuleSet } from "./engine/compile-rule-set";
import { runRuleSet } from "./engine/run-rule-set";
import type { EvaluationResult } from "./evaluation-result";
import type { Facts } from "./facts";
import type { EvaluationContext } from "./metrics/metric-types";
import type { RuleSet } from "./rule-set-schema";

/**
 * Judges a company's facts against a rule set, with an explanation for every criterion. Pure and
 * synchronous; never throws for a business outcome (only for a programming error: an invalid rule
 * set or context).
 *
 * Outcome: eligible iff every prerequisite and requirement passes and, where the rule set has a
 * score or direct routes, the score passes or a direct route does. Evaluation is three-valued —
 * a criterion whose facts are missing is "unknown" and a score is a range — so the outcome is
 * "incomplete" only when a missing fact could still change it. A firm that already qualifies by a
 * direct route, or that certainly fails a mandatory criterion, gets a definite outcome; facts that
 * leave some criterion undecided are still listed in `missing` (and the summary says they cannot
 * change the outcome).
 *
 * Facts are expected to have passed `factsSchema`; anything else is tolerated (a value of the wrong
 * type counts as not reported) so the evaluator never crashes on stored or hand-made data.
 *
 * Results are plain data. Criterion results that do not depend on the firm's own figures are
 * shared between evaluations and frozen, and so is the `ruleSet` header: treat results as read-only.
 */
export function evaluate(ruleSet: RuleSet | CompiledRuleSet, facts: Facts, context: EvaluationContext): EvaluationResult {
  const compiled = "compiled" in ruleSet ? ruleSet : compileRuleSet(ruleSet);
  const out = runRuleSet(compiled, facts, context);
  return {
    ruleSet: compiled.header,
    applicationYear: context.applicationYear,
    asOf: context.asOf,
    outcome: out.outcome,
    route: out.route,
    score: out.score,
    missing: out.missing,
    summary: compiled.summaries.get(out.outcome, out.route, out.score, out.prerequisites, out.requirements, out.directRoutes, out.missing.length),
    prerequisites: out.prerequisites,
    requirements: out.requirements,
    directRoutes: out.directRoutes,
  };
}

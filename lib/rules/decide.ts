import { compileRuleSet, type CompiledRuleSet } from "./engine/compile-rule-set";
import type { Decision } from "./evaluation-result";
import type { Facts } from "./facts";
import type { EvaluationContext } from "./metrics/metric-types";
import type { RuleSet } from "./rule-set-schema";

/**
 * The outcome only — same rules, same three-valued logic as `evaluate`, without per-criterion
 * explanations. For batch work (re-screening every recognised firm, statistics) where nobody reads
 * the sentences; `decide(...).outcome === evaluate(...).outcome` always.
 */
export function decide(ruleSet: RuleSet | CompiledRuleSet, facts: Facts, context: EvaluationContext): Decision {
  const compiled = "compiled" in ruleSet ? ruleSet : compileRuleSet(ruleSet);
  const out = compiled.decider.run(facts, context);
  return {
    // The frozen header every evaluation of this rule set shares.
    ruleSet: compiled.header,
    applicationYear: context.applicationYear,
    asOf: context.asOf,
    outcome: out.outcome,
    route: out.route,
    score: out.score,
    missing: out.missing,
  };
}

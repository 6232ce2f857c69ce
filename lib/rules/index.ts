/** Public API of the eligibility rules engine. Pure: no Next.js, Prisma or next-auth imports. */
export { factsSchema, financialYearSchema, yuanSchema, signedYuanSchema, SME_SIZES } from "./facts";
export type { Facts, FinancialYear, ScienceTechAward, SmeSize, KeyChainLink, RdInstitutionLevel } from "./facts";
export { FACT_FIELDS, FORM_SECTIONS, factFieldFor } from "./fact-fields";
export type { FactField, FactFieldOption, FactUnit, FormSection } from "./fact-fields";
export { ruleSetSchema, conditionCriterionSchema, scoredCriterionSchema, TIERS, maxPointsOf } from "./rule-set-schema";
export type {
  RuleSet,
  Tier,
  ConditionCriterion,
  ScoredCriterion,
  ScoreBlock,
  RegionalIndicator,
  ThresholdCriterion,
  BandedCriterion,
} from "./rule-set-schema";
export { BUILTIN_RULE_SETS, getBuiltinRuleSet } from "./rule-sets";
export { specialized2022For } from "./rule-sets/specialized-2022";
export { evaluate } from "./evaluate";
export { decide } from "./decide";
export { assessFacts } from "./assess";
export type { FactIssue } from "./assess";
export { describeIssue, issueText } from "./issues";
export type { DescribedIssue, IssueCode } from "./issues";
export { compileRuleSet, InvalidRuleSetError } from "./engine/compile-rule-set";
export type { CompiledRuleSet } from "./engine/compile-rule-set";
export { METRICS, METRIC_IDS } from "./metrics/metric-catalogue";
export type { EvaluationContext, MetricDefinition } from "./metrics/metric-types";
export type {
  EvaluationResult,
  CriterionResult,
  BlockResult,
  ScoreResult,
  Outcome,
  Route,
  DisplayValue,
  CriterionKind,
  Decision,
} from "./evaluation-result";
export type { LocalizedText } from "./localized-text";

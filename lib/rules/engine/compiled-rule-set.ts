import type { EvaluationResult } from "../evaluation-result";
import type { LocalizedText } from "../localized-text";
import type { RuleSet } from "../rule-set-schema";
import type { CompiledCondition } from "./compile-condition";
import type { CompiledScored } from "./compile-scored";
import type { CompiledDecider } from "./run-decision";
import type { SummaryCache } from "./summarize";

/**
 * A rule set compiled once into closures: thresholds converted to fen and exact fractions, band
 * texts and labels prepared, metric references given cache slots. Evaluating is then only reading
 * facts and comparing, which is what makes a million evaluations a few seconds.
 */
export interface CompiledRuleSet {
  readonly compiled: true;
  readonly ruleSet: RuleSet;
  /** The rule set as every evaluation names it, built once (frozen, shared by all results). */
  readonly header: EvaluationResult["ruleSet"];
  readonly slots: number;
  /** The FactSheet parts its metrics read (read in one pass per evaluation). */
  readonly sheetParts: number;
  readonly prerequisites: readonly CompiledCondition[];
  readonly requirements: readonly CompiledCondition[];
  readonly directRoutes: readonly CompiledCondition[];
  readonly score: {
    passMark: number;
    max: number;
    blocks: readonly { id: string; title: LocalizedText; max: number; minimum: number; criteria: readonly CompiledScored[] }[];
  } | null;
  readonly summaries: SummaryCache;
  /** The same rules compiled for `decide` (outcome, score and missing facts without texts). */
  readonly decider: CompiledDecider;
}

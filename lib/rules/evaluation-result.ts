import type { LocalizedText } from "./localized-text";
import type { MetricUnit } from "./metrics/metric-types";
import type { Tier } from "./rule-set-schema";

/**
 * Evaluation results are plain data (JSON-serialisable) so they can be stored with an application.
 * Their texts are ordinary string properties, built during evaluation rather than on demand
 * (getters, toJSON): results also travel by structuredClone and as React props, and are compared
 * with toEqual, all of which see own data properties only.
 */

export type Outcome = "eligible" | "not-eligible" | "incomplete";
/** "score", "direct:<route id>", "requirements" (rule sets without a score), or null when not eligible. */
export type Route = "score" | `direct:${string}` | "requirements" | null;
export type CriterionSection = "prerequisite" | "requirement" | "score" | "direct-route";
export type CriterionKind = "threshold" | "flag" | "option" | "all-of" | "any-of" | "banded" | "first-match" | "capped-sum" | "best-of";

export interface DisplayValue {
  /** yuan for amounts, percent for ratios, the number/boolean/option value otherwise. */
  value: number | boolean | string;
  unit: MetricUnit;
  zh: string;
  en: string;
}

export interface CriterionResult {
  id: string;
  kind: CriterionKind;
  clause: string;
  title: LocalizedText;
  /** Prerequisites and requirements (and conditions inside them) must pass for eligibility. */
  mandatory: boolean;
  /**
   * true/false when decided, null when it depends on facts not reported. For a scored criterion,
   * passed means it earned points.
   */
  passed: boolean | null;
  /** Scored criteria only: points earned (null while unknown), the possible range, and the maximum. */
  points: number | null;
  pointsMin: number | null;
  pointsMax: number | null;
  maxPoints: number | null;
  actual: DisplayValue | null;
  /** What the criterion requires, e.g. "≥ 3%". */
  threshold: LocalizedText | null;
  /** For banded criteria: the band the value falls in, e.g. "3%–5%". */
  band: LocalizedText | null;
  missing: string[];
  explanation: LocalizedText;
  unconfirmed: boolean;
  children: CriterionResult[] | null;
}

export interface BlockResult {
  id: string;
  title: LocalizedText;
  /** Points secured (a lower bound while facts are missing). */
  points: number;
  /** Points still possible given the missing facts (= points when complete). */
  pointsPossible: number;
  max: number;
  minimum: number;
  passed: boolean | null;
  criteria: CriterionResult[];
}

export interface ScoreResult {
  total: number;
  totalPossible: number;
  max: number;
  passMark: number;
  passed: boolean | null;
  blocks: BlockResult[];
}

export interface EvaluationResult {
  ruleSet: { code: string; version: string; tier: Tier; region: string | null };
  applicationYear: number;
  asOf: string;
  outcome: Outcome;
  route: Route;
  score: ScoreResult | null;
  /**
   * Every fact path the evaluation needed and did not get. The outcome is "incomplete" only when
   * one of them could change the result; otherwise they are listed for completeness of the form.
   */
  missing: string[];
  summary: LocalizedText;
  prerequisites: CriterionResult[];
  requirements: CriterionResult[];
  directRoutes: CriterionResult[];
}

/** What `decide` returns: the outcome and score without per-criterion explanations. */
export interface Decision {
  ruleSet: EvaluationResult["ruleSet"];
  applicationYear: number;
  asOf: string;
  outcome: Outcome;
  route: Route;
  score: {
    total: number;
    totalPossible: number;
    max: number;
    passMark: number;
    passed: boolean | null;
    blocks: { id: string; points: number; pointsPossible: number; max: number; minimum: number; passed: boolean | null }[];
  } | null;
  missing: string[];
}

import type { Facts } from "../facts";
import type { NumberUnit } from "../format-value";
import type { LocalizedText } from "../localized-text";
import type { Ratio } from "../ratio";

/**
 * How metrics are typed. Every criterion compares one metric, so the metric's type decides which
 * comparisons a rule set may make on it (checked when a rule set is validated).
 * - amount: integer fen (thresholds are written in yuan);
 * - ratio: an exact Ratio (thresholds are written in percent);
 * - number: a plain number that facts carry exactly (counts, years, ranks, reported percentages);
 * - boolean, enum: answers to yes/no and choice questions.
 */
export type MetricType = "amount" | "ratio" | "number" | "boolean" | "enum";
export type MetricUnit = "yuan" | "ratio-percent" | NumberUnit | "boolean" | "enum";
export type MetricValue = number | Ratio | boolean | string;

export interface EvaluationContext {
  /** The year the application is made; "last year" is applicationYear − 1. */
  applicationYear: number;
  /** ISO date (YYYY-MM-DD) at which titles must be valid. */
  asOf: string;
}

export type MetricResult =
  | { status: "ok"; value: MetricValue }
  /** Facts needed for the metric were not reported; `paths` names them. */
  | { status: "missing"; paths: readonly string[] }
  /** Facts are there but the metric is undefined, e.g. a ratio over zero revenue. */
  | { status: "invalid"; paths: readonly string[]; reason: LocalizedText };

export const AWARD_SCOPES = ["national", "provincial", "provincial-or-national"] as const;
export type AwardScope = (typeof AWARD_SCOPES)[number];

/** Parameters a criterion may give to a metric; each metric declares which it accepts. */
export interface MetricParams {
  /** For yearly metrics: 1 = last year, 2 = the year before. */
  yearsBack: number;
  /** For window metrics: number of years in the window. */
  years: number;
  awardScope: AwardScope;
  /** Best rank required among award-winning units; null = any rank. */
  maxRank: number | null;
  /** Provincial indicator key and its label, from the rule set's declaration. */
  key: string;
  keyLabel: LocalizedText | null;
  keyUnit: NumberUnit;
}

export type MetricParamName = "yearsBack" | "years" | "awardScope" | "maxRank" | "key";

export interface MetricOption {
  value: string;
  label: LocalizedText;
}

export interface MetricDefinition {
  id: string;
  type: MetricType;
  unit: MetricUnit;
  params: readonly MetricParamName[];
  options?: readonly MetricOption[];
  /** Fact paths the metric reads (templates), for the catalogue cross-check and documentation. */
  reads: readonly string[];
  label(params: MetricParams, applicationYear: number): LocalizedText;
  compute(facts: Facts, params: MetricParams, ctx: EvaluationContext): MetricResult;
}

export const DEFAULT_METRIC_PARAMS: MetricParams = {
  yearsBack: 1,
  years: 2,
  awardScope: "provincial-or-national",
  maxRank: null,
  key: "",
  keyLabel: null,
  keyUnit: "number",
};

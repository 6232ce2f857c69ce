import type { LocalizedText } from "../localized-text";
import type { BandedCriterion, ConditionCriterion, FlagCriterion, MetricRef, OptionCriterion, ThresholdCriterion, ThresholdOp } from "../rule-set-schema";

/**
 * Small helpers to write rule sets in TypeScript. They only build plain JSON-serialisable data —
 * the same shape an administrator edits and the database stores.
 */

export const t = (zh: string, en: string): LocalizedText => ({ zh, en });

type Extra = Partial<Pick<ThresholdCriterion, "clause" | "title" | "note" | "unconfirmed">> & Omit<MetricRef, "metric">;

export function threshold(id: string, metric: string, op: ThresholdOp, value: number, extra: Extra = {}): ThresholdCriterion {
  return { kind: "threshold", id, metric, op, value, ...extra };
}

export const atLeast = (id: string, metric: string, value: number, extra: Extra = {}) => threshold(id, metric, ">=", value, extra);
export const atMost = (id: string, metric: string, value: number, extra: Extra = {}) => threshold(id, metric, "<=", value, extra);

export function isTrue(id: string, metric: string, extra: Extra = {}): FlagCriterion {
  return { kind: "flag", id, metric, expected: true, ...extra };
}

export function isFalse(id: string, metric: string, extra: Extra = {}): FlagCriterion {
  return { kind: "flag", id, metric, expected: false, ...extra };
}

export function oneOf(id: string, metric: string, values: string[], extra: Extra = {}): OptionCriterion {
  return { kind: "option", id, metric, values, ...extra };
}

type GroupExtra = Partial<Pick<ThresholdCriterion, "clause" | "note" | "unconfirmed">>;

export function allOf(id: string, title: LocalizedText, criteria: ConditionCriterion[], extra: GroupExtra = {}): ConditionCriterion {
  return { kind: "all-of", id, title, criteria, ...extra };
}

export function anyOf(id: string, title: LocalizedText, criteria: ConditionCriterion[], extra: GroupExtra = {}): ConditionCriterion {
  return { kind: "any-of", id, title, criteria, ...extra };
}

/** Bands from the best: [[edge, points], …]; "≥ edge" when higher is better, "≤ edge" when lower is. */
export function bands(
  id: string,
  title: LocalizedText,
  metric: string,
  direction: BandedCriterion["direction"],
  edges: [number, number][],
  otherwise: number,
  extra: Partial<Pick<BandedCriterion, "clause" | "note" | "unconfirmed">> & Omit<MetricRef, "metric"> = {},
): BandedCriterion {
  return { kind: "banded", id, title, metric, direction, bands: edges.map(([edge, points]) => ({ edge, points })), otherwise, ...extra };
}

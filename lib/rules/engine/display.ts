import type { DisplayValue } from "../evaluation-result";
import { formatFenEn, formatFenZh, formatNumber, formatPercentNumber, formatRatioPercent, formatYuan, landsOnEdge } from "../format-value";
import type { LocalizedText } from "../localized-text";
import type { MetricDefinition, MetricParams, MetricValue } from "../metrics/metric-types";
import type { Ratio, RatioThreshold } from "../ratio";
import type { ThresholdOp } from "../rule-set-schema";
import type { CompiledMetric, Env } from "./compiled-metric";

/** Display texts for metric values and thresholds, shared by the criterion compilers. */

const YES: LocalizedText = { zh: "是", en: "yes" };
const NO: LocalizedText = { zh: "否", en: "no" };

export function yesNo(v: boolean): LocalizedText {
  return v ? YES : NO;
}

export function numberUnit(def: MetricDefinition, params: MetricParams) {
  if (def.unit === "yuan" || def.unit === "ratio-percent" || def.unit === "boolean" || def.unit === "enum") return "number" as const;
  return def.id === "regionalNumber" ? params.keyUnit : def.unit;
}

/** A value formatter for one criterion; ratio edges let percentages avoid misleading rounding. */
export function valueFormatter(def: MetricDefinition, params: MetricParams, edges: readonly RatioThreshold[]): (v: MetricValue) => DisplayValue {
  switch (def.type) {
    case "amount":
      return (v) => ({ value: (v as number) / 100, unit: "yuan", zh: formatFenZh(v as number), en: formatFenEn(v as number) });
    case "ratio":
      return (v) => {
        const text = formatRatioPercent(v as Ratio, edges);
        return { value: (v as Ratio).v * 100, unit: "ratio-percent", zh: text, en: text };
      };
    case "number": {
      const unit = numberUnit(def, params);
      return (v) => {
        const text = formatNumber(v as number, unit);
        return { value: v as number, unit, zh: text.zh, en: text.en };
      };
    }
    case "boolean":
      return (v) => {
        const text = yesNo(v as boolean);
        return { value: v as boolean, unit: "boolean", zh: text.zh, en: text.en };
      };
    case "enum": {
      const labels = new Map((def.options ?? []).map((o) => [o.value, o.label]));
      return (v) => {
        const label = labels.get(v as string) ?? { zh: String(v), en: String(v) };
        return { value: v as string, unit: "enum", zh: label.zh, en: label.en };
      };
    }
  }
}

/**
 * The display of a criterion's value. A metric often appears in several criteria of one rule set
 * (revenue in each branch of the R&D-by-size rule), so its display is built once per evaluation and
 * shared; only a ratio whose 2-decimal text would print one of this criterion's edges gets a text
 * of its own (see formatRatioPercent).
 */
export function displayFor(metric: CompiledMetric, edges: readonly RatioThreshold[]): (env: Env, v: MetricValue) => DisplayValue {
  const plain = valueFormatter(metric.def, metric.params, []);
  const slot = metric.slot;
  const shown = (env: Env, v: MetricValue): DisplayValue => env.shown[slot] ?? (env.shown[slot] = plain(v));
  if (metric.def.type !== "ratio" || edges.length === 0) return shown;
  const exact = valueFormatter(metric.def, metric.params, edges);
  return (env, v) => (landsOnEdge(v as Ratio, edges) ? exact(v) : shown(env, v));
}

/** A threshold value in the metric's unit: 10000000 → "10,000,000 yuan" / "1000万元"; 3 → "3%". */
export function formatThresholdValue(def: MetricDefinition, params: MetricParams, value: number): LocalizedText {
  if (def.type === "amount") return formatYuan(value);
  if (def.type === "ratio") {
    const text = formatPercentNumber(value);
    return { zh: text, en: text };
  }
  return formatNumber(value, numberUnit(def, params));
}

const OP_SYMBOL: Record<ThresholdOp, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };
const OP_ZH: Record<ThresholdOp, string> = { ">=": "不低于", ">": "高于", "<=": "不高于", "<": "低于", "=": "等于" };
const OP_EN: Record<ThresholdOp, string> = { ">=": "at least", ">": "more than", "<=": "at most", "<": "less than", "=": "exactly" };

/** Symbolic form for the result's `threshold` field and word form for sentences. */
export function thresholdTexts(op: ThresholdOp, value: LocalizedText): { symbol: LocalizedText; words: LocalizedText } {
  return {
    symbol: { zh: `${OP_SYMBOL[op]}${value.zh}`, en: `${OP_SYMBOL[op]} ${value.en}` },
    words: { zh: `${OP_ZH[op]}${value.zh}`, en: `${OP_EN[op]} ${value.en}` },
  };
}

export function pointsText(points: number): LocalizedText {
  return { zh: `${points}分`, en: points === 1 ? "1 point" : `${points} points` };
}

export function rangeText(min: number, max: number): LocalizedText {
  return min === max ? pointsText(min) : { zh: `${min}—${max}分`, en: `${min}–${max} points` };
}

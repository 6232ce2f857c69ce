import type { DisplayValue } from "../evaluation-result";
import type { Facts } from "../facts";
import type { LocalizedText } from "../localized-text";
import { METRICS } from "../metrics/metric-catalogue";
import { DEFAULT_METRIC_PARAMS, type EvaluationContext, type MetricDefinition, type MetricParams, type MetricResult } from "../metrics/metric-types";
import type { MetricRef, RuleSet } from "../rule-set-schema";

/** Per-evaluation state: the facts, the context, and the metric values computed so far. */
export interface Env {
  facts: Facts;
  ctx: EvaluationContext;
  cache: (MetricResult | undefined)[];
  /** Display values by metric slot, so a value several criteria show is formatted once per evaluation. */
  shown: (DisplayValue | undefined)[];
  /**
   * false for `decide`: criteria return shared results without per-firm texts (actual values and
   * explanations), which is all a batch decision needs and several times faster.
   */
  explain: boolean;
  /**
   * Set by a criterion that returns a result of its own (not a shared, frozen one), so a group
   * knows whether all its children were shared — and its own result can be shared too — without
   * inspecting them.
   */
  fresh: boolean;
}

/** A metric bound to its parameters, with its value cached per evaluation and its label per year. */
export interface CompiledMetric {
  def: MetricDefinition;
  /** Index of this metric in the per-evaluation caches. */
  slot: number;
  params: MetricParams;
  get(env: Env): MetricResult;
  label(applicationYear: number): LocalizedText;
}

/** Hands out one cache slot per distinct metric reference of a rule set. */
export class MetricRegistry {
  private readonly byKey = new Map<string, CompiledMetric>();
  size = 0;

  constructor(private readonly ruleSet: RuleSet) {}

  bind(ref: MetricRef): CompiledMetric {
    const key = `${ref.metric}|${ref.yearsBack ?? ""}|${ref.years ?? ""}|${ref.awardScope ?? ""}|${ref.maxRank ?? ""}|${ref.key ?? ""}`;
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const def = METRICS.get(ref.metric);
    if (!def) throw new Error(`Unknown metric "${ref.metric}" (the rule set should have been validated)`);
    const indicator = ref.key === undefined ? undefined : this.ruleSet.regionalIndicators.find((r) => r.key === ref.key);
    const params: MetricParams = {
      ...DEFAULT_METRIC_PARAMS,
      yearsBack: ref.yearsBack ?? DEFAULT_METRIC_PARAMS.yearsBack,
      years: ref.years ?? DEFAULT_METRIC_PARAMS.years,
      awardScope: ref.awardScope ?? DEFAULT_METRIC_PARAMS.awardScope,
      maxRank: ref.maxRank ?? null,
      key: ref.key ?? "",
      keyLabel: indicator?.label ?? null,
      keyUnit: indicator?.unit ?? "number",
    };
    const slot = this.size++;
    let labelYear = -1;
    let labelText: LocalizedText = { zh: "", en: "" };
    const compiled: CompiledMetric = {
      def,
      slot,
      params,
      get(env) {
        const cached = env.cache[slot];
        if (cached !== undefined) return cached;
        const computed = def.compute(env.facts, params, env.ctx);
        env.cache[slot] = computed;
        return computed;
      },
      label(applicationYear) {
        if (applicationYear !== labelYear) {
          labelText = def.label(params, applicationYear);
          labelYear = applicationYear;
        }
        return labelText;
      },
    };
    this.byKey.set(key, compiled);
    return compiled;
  }
}

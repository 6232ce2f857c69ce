import type { DisplayValue } from "../evaluation-result";
import type { Facts } from "../facts";
import type { LocalizedText } from "../localized-text";
import { okShared, ok } from "../metrics/fact-readers";
import type { FactSheet } from "../metrics/fact-sheet";
import { flatMetric, METRIC_CELLS, OK } from "../metrics/flat-metrics";
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
  /**
   * The fact set read flat (the parts the rule set uses), or null: metrics then take an OK value
   * from it and go to their definition only for a missing or undefined one (paths, reasons).
   */
  sheet: FactSheet | null;
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
  /** The FactSheet parts the bound metrics read. */
  parts = 0;
  // Where a flat metric writes its value before it is turned into a MetricResult (synchronously).
  private readonly scratch = new Float64Array(METRIC_CELLS);

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
    const flat = flatMetric(def, params);
    this.parts |= flat.needs;
    const scratch = this.scratch;
    // Metrics that read the facts themselves (needs = 0) are computed by their definition.
    const fromSheet = flat.needs !== 0;
    let labelYear = -1;
    let labelText: LocalizedText = { zh: "", en: "" };
    const compiled: CompiledMetric = {
      def,
      slot,
      params,
      get(env) {
        const cached = env.cache[slot];
        if (cached !== undefined) return cached;
        const sheet = env.sheet;
        let computed: MetricResult | undefined;
        if (sheet !== null && fromSheet) {
          sheet.ensure(flat.needs);
          if (flat.compute(sheet, scratch, 0) === OK) computed = resultOf(def.type, scratch, flat.codes);
        }
        computed ??= def.compute(env.facts, params, env.ctx);
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

/** An OK flat value as the MetricResult its definition returns (ratio fields in ratio.ts order). */
function resultOf(type: MetricDefinition["type"], cells: Float64Array, codes: readonly string[] | null): MetricResult {
  switch (type) {
    case "boolean":
      return okShared(cells[0] === 1);
    case "enum":
      return okShared(codes![cells[0]!]!);
    case "ratio": {
      const k = cells[2]!;
      return ok({ v: cells[0]!, err: cells[1]!, n: cells[3]!, d: cells[4]!, more: k > 1 ? Array.from(cells.subarray(5, 3 + 2 * k)) : null, k });
    }
    default:
      return ok(cells[0]!);
  }
}

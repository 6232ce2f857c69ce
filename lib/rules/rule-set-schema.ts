import { z } from "zod";
import { hasAtMostDecimals } from "./amount";
import { customIssue, issueEn, type IssueCode } from "./issues";
import { localizedTextSchema, type LocalizedText } from "./localized-text";
import { METRICS } from "./metrics/metric-catalogue";
import { AWARD_SCOPES, type AwardScope } from "./metrics/metric-types";

/**
 * A rule set is data: thresholds, bands and points are values, so a new year or a province is a new
 * rule set (stored as JSON, edited by administrators, re-validated on load) — not new code. The
 * criterion kinds below are the closed set the engine implements.
 *
 * Pass rule: every prerequisite and every requirement passes, and — when the rule set has a score
 * or direct routes — the score passes (total ≥ passMark and every block ≥ its minimum) or any
 * direct route passes.
 */

// The tiers are the portal's one vocabulary (lib/domain/tier.ts); rule sets name them the same way.
import { TIERS, type Tier } from "@/lib/domain/tier";
export { TIERS, type Tier };

export const THRESHOLD_OPS = [">=", ">", "<=", "<", "="] as const;
export type ThresholdOp = (typeof THRESHOLD_OPS)[number];

export interface MetricRef {
  metric: string;
  yearsBack?: number;
  years?: number;
  awardScope?: AwardScope;
  maxRank?: number;
  key?: string;
}

interface CriterionBase {
  id: string;
  /** The clause of the measure this criterion encodes; required on top-level criteria. */
  clause?: string;
  title?: LocalizedText;
  note?: LocalizedText;
  /** The figure is marked (?) in the sources: keep it data and show it as unconfirmed. */
  unconfirmed?: boolean;
}

export type ThresholdCriterion = CriterionBase & MetricRef & { kind: "threshold"; op: ThresholdOp; value: number };
export type FlagCriterion = CriterionBase & MetricRef & { kind: "flag"; expected: boolean };
export type OptionCriterion = CriterionBase & MetricRef & { kind: "option"; values: string[] };
export type GroupCriterion = CriterionBase & { kind: "all-of" | "any-of"; title: LocalizedText; criteria: ConditionCriterion[] };
/** A pass/fail criterion: prerequisites, requirements, direct routes, and conditions inside scores. */
export type ConditionCriterion = ThresholdCriterion | FlagCriterion | OptionCriterion | GroupCriterion;

export interface Band {
  /** Edge in the metric's unit (yuan, percent, count…); inclusive, as the measures write "≥" and "≤". */
  edge: number;
  points: number;
}
export type BandedCriterion = CriterionBase &
  MetricRef & {
    kind: "banded";
    title: LocalizedText;
    /** higher-is-better: value ≥ edge, edges descending; lower-is-better: value ≤ edge, edges ascending. */
    direction: "higher-is-better" | "lower-is-better";
    bands: Band[];
    otherwise: number;
  };
export type FirstMatchCriterion = CriterionBase & {
  kind: "first-match";
  title: LocalizedText;
  options: { when: ConditionCriterion; points: number; label: LocalizedText }[];
  otherwise: number;
  otherwiseLabel: LocalizedText;
};
export type CappedSumCriterion = CriterionBase & {
  kind: "capped-sum";
  title: LocalizedText;
  items: { when: ConditionCriterion; points: number }[];
  cap: number;
};
export type BestOfCriterion = CriterionBase & { kind: "best-of"; title: LocalizedText; criteria: ScoredCriterion[] };
export type ScoredCriterion = BandedCriterion | FirstMatchCriterion | CappedSumCriterion | BestOfCriterion;

export interface ScoreBlock {
  id: string;
  title: LocalizedText;
  max: number;
  /** Minimum block score for the pass (0 = none). */
  minimum: number;
  note?: LocalizedText;
  criteria: ScoredCriterion[];
}

export interface RegionalIndicator {
  key: string;
  label: LocalizedText;
  kind: "boolean" | "number";
  unit?: "count" | "percent" | "number" | "years";
  illustrative?: boolean;
}

export interface RuleSet {
  schemaVersion: 1;
  code: string;
  tier: Tier;
  version: string;
  region: string | null;
  title: LocalizedText;
  source: { document: string; title: LocalizedText; url?: string };
  effectiveFrom: string | null;
  effectiveTo: string | null;
  notes: LocalizedText[];
  regionalIndicators: RegionalIndicator[];
  prerequisites: ConditionCriterion[];
  requirements: ConditionCriterion[];
  score: { passMark: number; blocks: ScoreBlock[] } | null;
  directRoutes: ConditionCriterion[];
}

const idSchema = z.string().regex(/^[a-z][a-z0-9-]{0,79}$/, { error: issueEn("id-format") });
const pointsSchema = z
  .number()
  .finite()
  .min(0, { error: issueEn("points-negative") })
  .max(1000);

const baseShape = {
  id: idSchema,
  clause: z.string().min(1).optional(),
  title: localizedTextSchema.optional(),
  note: localizedTextSchema.optional(),
  unconfirmed: z.boolean().optional(),
};
const metricShape = {
  metric: z.string().superRefine((m, ctx) => {
    if (!METRICS.has(m)) ctx.addIssue(customIssue("unknown-metric", [], { metric: m }));
  }),
  yearsBack: z.number().int().min(1).max(5).optional(),
  years: z.number().int().min(1).max(5).optional(),
  awardScope: z.enum(AWARD_SCOPES).optional(),
  maxRank: z.number().int().min(1).max(1000).optional(),
  key: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/)
    .optional(),
};

export const conditionCriterionSchema: z.ZodType<ConditionCriterion> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("threshold"), ...baseShape, ...metricShape, op: z.enum(THRESHOLD_OPS), value: z.number().finite() }),
    z.strictObject({ kind: z.literal("flag"), ...baseShape, ...metricShape, expected: z.boolean() }),
    z.strictObject({ kind: z.literal("option"), ...baseShape, ...metricShape, values: z.array(z.string().min(1)).min(1) }),
    z.strictObject({
      kind: z.enum(["all-of", "any-of"]),
      ...baseShape,
      title: localizedTextSchema,
      criteria: z.array(conditionCriterionSchema).min(1).max(30),
    }),
  ]),
);

export const scoredCriterionSchema: z.ZodType<ScoredCriterion> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("banded"),
      ...baseShape,
      ...metricShape,
      title: localizedTextSchema,
      direction: z.enum(["higher-is-better", "lower-is-better"]),
      bands: z.array(z.strictObject({ edge: z.number().finite(), points: pointsSchema })).min(1),
      otherwise: pointsSchema,
    }),
    z.strictObject({
      kind: z.literal("first-match"),
      ...baseShape,
      title: localizedTextSchema,
      options: z.array(z.strictObject({ when: conditionCriterionSchema, points: pointsSchema, label: localizedTextSchema })).min(1),
      otherwise: pointsSchema,
      otherwiseLabel: localizedTextSchema,
    }),
    z.strictObject({
      kind: z.literal("capped-sum"),
      ...baseShape,
      title: localizedTextSchema,
      items: z.array(z.strictObject({ when: conditionCriterionSchema, points: pointsSchema })).min(1),
      cap: pointsSchema,
    }),
    z.strictObject({ kind: z.literal("best-of"), ...baseShape, title: localizedTextSchema, criteria: z.array(scoredCriterionSchema).min(2) }),
  ]),
);

const scoreBlockSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  max: pointsSchema,
  minimum: pointsSchema,
  note: localizedTextSchema.optional(),
  criteria: z.array(scoredCriterionSchema),
});

const isoDate = z.iso.date();

const ruleSetShape = z.strictObject({
  schemaVersion: z.literal(1),
  code: z.string().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, { error: issueEn("code-format") }),
  tier: z.enum(TIERS),
  version: z.string().min(1).max(40),
  region: z
    .string()
    .regex(/^\d{6}$/, { error: issueEn("region-format") })
    .nullable(),
  title: localizedTextSchema,
  source: z.strictObject({ document: z.string().min(1), title: localizedTextSchema, url: z.url().optional() }),
  effectiveFrom: isoDate.nullable(),
  effectiveTo: isoDate.nullable(),
  notes: z.array(localizedTextSchema),
  regionalIndicators: z.array(
    z.strictObject({
      key: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
      label: localizedTextSchema,
      kind: z.enum(["boolean", "number"]),
      unit: z.enum(["count", "percent", "number", "years"]).optional(),
      illustrative: z.boolean().optional(),
    }),
  ),
  prerequisites: z.array(conditionCriterionSchema),
  requirements: z.array(conditionCriterionSchema),
  score: z.strictObject({ passMark: pointsSchema, blocks: z.array(scoreBlockSchema).min(1) }).nullable(),
  directRoutes: z.array(conditionCriterionSchema),
});

export const ruleSetSchema: z.ZodType<RuleSet> = ruleSetShape.superRefine((rs, ctx) => {
  checkRuleSet(rs as RuleSet, (path, code, values) => ctx.addIssue(customIssue(code, path, values)));
});

type Report = (path: (string | number)[], code: IssueCode, values?: Record<string, string | number>) => void;

/** Highest points a scored criterion can give (used for block maxima and "possible" ranges). */
export function maxPointsOf(c: ScoredCriterion): number {
  switch (c.kind) {
    case "banded":
      return Math.max(c.otherwise, ...c.bands.map((b) => b.points));
    case "first-match":
      return Math.max(c.otherwise, ...c.options.map((o) => o.points));
    case "capped-sum":
      return Math.min(
        c.cap,
        c.items.reduce((s, i) => s + i.points, 0),
      );
    case "best-of":
      return Math.max(...c.criteria.map(maxPointsOf));
  }
}

export function minPointsOf(c: ScoredCriterion): number {
  switch (c.kind) {
    case "banded":
      return Math.min(c.otherwise, ...c.bands.map((b) => b.points));
    case "first-match":
      return Math.min(c.otherwise, ...c.options.map((o) => o.points));
    case "capped-sum":
      return 0;
    case "best-of":
      return Math.max(...c.criteria.map(minPointsOf));
  }
}

/** Cross-field checks that a JSON shape alone cannot express; each problem is reported at its path. */
function checkRuleSet(rs: RuleSet, report: Report): void {
  const seen = new Map<string, string>();
  const declared = new Map(rs.regionalIndicators.map((r) => [r.key, r]));

  const checkId = (id: string, path: (string | number)[]) => {
    const previous = seen.get(id);
    if (previous !== undefined) report([...path, "id"], "duplicate-criterion-id", { id, first: previous });
    else seen.set(id, path.join("."));
  };

  const checkMetric = (c: MetricRef, path: (string | number)[], allowed: readonly string[]): string | null => {
    const def = METRICS.get(c.metric);
    if (!def) return null; // already reported by the field schema
    if (!allowed.includes(def.type)) {
      report([...path, "metric"], "metric-wrong-type", { metric: c.metric, type: def.type, allowed: allowed.join(" or ") });
    }
    for (const param of ["yearsBack", "years", "awardScope", "maxRank", "key"] as const) {
      if (c[param] !== undefined && !def.params.includes(param)) report([...path, param], "metric-takes-no-param", { metric: c.metric, param });
    }
    if (def.params.includes("key")) {
      const indicator = c.key === undefined ? undefined : declared.get(c.key);
      if (!indicator) report([...path, "key"], "indicator-not-declared");
      else if ((indicator.kind === "boolean") !== (c.metric === "regionalFlag")) {
        report([...path, "metric"], "indicator-kind-mismatch", { key: String(c.key), kind: indicator.kind });
      }
    }
    return def.type;
  };

  const checkValue = (type: string | null, value: number, path: (string | number)[]) => {
    if (type === "amount" && !hasAtMostDecimals(value, 2)) report(path, "amount-decimals");
    if (type === "ratio" && !hasAtMostDecimals(value, 4)) report(path, "percent-decimals");
    if (type === "amount" && Math.abs(value) > 1e13) report(path, "amount-too-large");
  };

  const condition = (c: ConditionCriterion, path: (string | number)[], topLevel: boolean) => {
    checkId(c.id, path);
    if (topLevel && !c.clause) report([...path, "clause"], "clause-missing");
    switch (c.kind) {
      case "threshold":
        checkValue(checkMetric(c, path, ["amount", "ratio", "number"]), c.value, [...path, "value"]);
        break;
      case "flag":
        checkMetric(c, path, ["boolean"]);
        break;
      case "option": {
        checkMetric(c, path, ["enum"]);
        const options = METRICS.get(c.metric)?.options;
        c.values.forEach((v, i) => {
          if (options && !options.some((o) => o.value === v)) report([...path, "values", i], "not-an-option", { value: v, metric: c.metric });
        });
        break;
      }
      default:
        c.criteria.forEach((child, i) => condition(child, [...path, "criteria", i], false));
    }
  };

  const scored = (c: ScoredCriterion, path: (string | number)[], topLevel: boolean) => {
    checkId(c.id, path);
    if (topLevel && !c.clause) report([...path, "clause"], "clause-missing");
    switch (c.kind) {
      case "banded": {
        const type = checkMetric(c, path, ["amount", "ratio", "number"]);
        const descending = c.direction === "higher-is-better";
        c.bands.forEach((band, i) => {
          checkValue(type, band.edge, [...path, "bands", i, "edge"]);
          const prev = c.bands[i - 1];
          if (!prev) return;
          if (descending ? band.edge >= prev.edge : band.edge <= prev.edge) {
            report([...path, "bands", i, "edge"], descending ? "band-edges-decrease" : "band-edges-increase");
          }
          if (band.points > prev.points) report([...path, "bands", i, "points"], "worse-band-scores-more");
        });
        const last = c.bands[c.bands.length - 1];
        if (last && c.otherwise > last.points) report([...path, "otherwise"], "otherwise-scores-more");
        break;
      }
      case "first-match":
        c.options.forEach((o, i) => condition(o.when, [...path, "options", i, "when"], false));
        break;
      case "capped-sum":
        c.items.forEach((item, i) => condition(item.when, [...path, "items", i, "when"], false));
        break;
      case "best-of":
        c.criteria.forEach((child, i) => scored(child, [...path, "criteria", i], false));
        break;
    }
  };

  rs.prerequisites.forEach((c, i) => condition(c, ["prerequisites", i], true));
  rs.requirements.forEach((c, i) => condition(c, ["requirements", i], true));
  rs.directRoutes.forEach((c, i) => condition(c, ["directRoutes", i], true));
  if (rs.score) {
    let total = 0;
    const blockIds = new Set<string>();
    rs.score.blocks.forEach((block, b) => {
      if (blockIds.has(block.id)) report(["score", "blocks", b, "id"], "duplicate-block-id", { id: block.id });
      blockIds.add(block.id);
      block.criteria.forEach((c, i) => scored(c, ["score", "blocks", b, "criteria", i], true));
      const sum = block.criteria.reduce((s, c) => s + maxPointsOf(c), 0);
      if (Math.abs(sum - block.max) > 1e-9) report(["score", "blocks", b, "max"], "block-max-mismatch", { max: block.max, sum });
      if (block.minimum > block.max) report(["score", "blocks", b, "minimum"], "block-minimum-over-max");
      total += block.max;
    });
    if (rs.score.passMark > total) report(["score", "passMark"], "pass-mark-over-max", { passMark: rs.score.passMark, max: total });
  }
  if (rs.effectiveFrom && rs.effectiveTo && rs.effectiveTo < rs.effectiveFrom) report(["effectiveTo"], "ends-before-start");
}

import { maxPointsOf, minPointsOf, type ConditionCriterion, type ScoredCriterion } from "../rule-set-schema";
import { beginFacts } from "../metrics/fact-readers";
import type { FactSheet } from "../metrics/fact-sheet";
import { flatMetric, METRIC_CELLS, MISSING, NOT_COMPUTED, OK, type FlatMetric } from "../metrics/flat-metrics";
import { cellComparator, cellThresholdTest, type CellTest } from "./cell-tests";
import type { CompiledMetric, Env, MetricRegistry } from "./compiled-metric";

/**
 * The decision-only twin of the criterion compilers, for `decide`: the same three-valued logic and
 * point ranges, but no result objects and no texts — each criterion is a function returning its
 * state as a small number, computed from the fact set read once into a flat sheet (metrics write
 * numbers into a Float64Array, statuses into a Uint8Array: nothing is allocated per criterion).
 * The facts a criterion is waiting for are collected only when it is undecided, through the
 * metric definitions themselves, so they are listed exactly as evaluate lists them. The tests and
 * the benchmark check that decide agrees with `evaluate` exactly.
 */

/** Condition states. */
export const FALSE = 0;
export const TRUE = 1;
export const OPEN = 2;

export interface ConditionDecider {
  state(env: DecideEnv): number;
  /** Adds the facts this (undecided) criterion waits for, as evaluate lists them. */
  collect(env: DecideEnv, into: string[]): void;
}

export interface ScoredDecider {
  /** Sets env.lo / env.hi to the points the criterion has secured / could still get. */
  score(env: DecideEnv): void;
  collect(env: DecideEnv, into: string[]): void;
  /**
   * Whether collect may add facts although the points are settled (lo = hi): only a banded
   * criterion lists its missing facts then, as evaluate does. The others are skipped when settled.
   */
  collectsWhenSettled: boolean;
}

/** Per-evaluation state of a decision: the fact sheet and the metric statuses and values. */
export interface DecideEnv extends Env {
  sheet: FactSheet;
  status: Uint8Array;
  values: Float64Array;
  lo: number;
  hi: number;
  /** Counts evaluations, so the metric-result cache of collect() is started afresh once per evaluation. */
  run: number;
  cacheRun: number;
}

/** A metric with its flat form and the place of its value in DecideEnv.values. */
interface FlatSlot {
  metric: CompiledMetric;
  slot: number;
  at: number;
  flat: FlatMetric;
}

/** What compiling a rule set's deciders shares: the metric slots, and the sheet parts they read. */
export interface DeciderScope {
  registry: MetricRegistry;
  parts: number;
}

function flatSlot(scope: DeciderScope, metric: CompiledMetric): FlatSlot {
  const flat = flatMetric(metric.def, metric.params);
  scope.parts |= flat.needs;
  return { metric, slot: metric.slot, at: metric.slot * METRIC_CELLS, flat };
}

/** The metric's status for this evaluation, computing it (and its value) the first time. */
function statusOf(env: DecideEnv, m: FlatSlot): number {
  const s = env.status[m.slot]!;
  if (s !== NOT_COMPUTED) return s;
  // Normally already read: run-decision reads every part the rule set uses in one pass.
  env.sheet.ensure(m.flat.needs);
  return (env.status[m.slot] = m.flat.compute(env.sheet, env.values, m.at));
}

function addAll(paths: readonly string[], into: string[]): void {
  for (let i = 0; i < paths.length; i++) if (!into.includes(paths[i]!)) into.push(paths[i]!);
}

/** The paths a missing metric names, from its definition (the slow path, only for undecided criteria). */
function collectMetric(env: DecideEnv, m: FlatSlot, into: string[]): void {
  if (statusOf(env, m) !== MISSING) return;
  if (env.cacheRun !== env.run) {
    env.cache = new Array(env.status.length);
    beginFacts(env.facts);
    env.cacheRun = env.run;
  }
  const r = m.metric.get(env);
  if (r.status === "missing") addAll(r.paths, into);
}

export function compileConditionDecider(c: ConditionCriterion, scope: DeciderScope): ConditionDecider {
  switch (c.kind) {
    case "threshold":
    case "flag":
    case "option": {
      const m = flatSlot(scope, scope.registry.bind(c));
      let test: CellTest;
      if (c.kind === "threshold") {
        test = cellThresholdTest(m.metric, c.op, c.value);
      } else if (c.kind === "flag") {
        const expected = c.expected ? 1 : 0;
        test = (cells, at) => cells[at] === expected;
      } else {
        const codes = m.flat.codes ?? [];
        const allowed = codes.map((code) => c.values.includes(code));
        test = (cells, at) => allowed[cells[at]!] === true;
      }
      const at = m.at;
      return {
        state(env) {
          const s = statusOf(env, m);
          if (s === OK) return test(env.values, at) ? TRUE : FALSE;
          return s === MISSING ? OPEN : FALSE;
        },
        collect(env, into) {
          collectMetric(env, m, into);
        },
      };
    }
    case "all-of":
    case "any-of": {
      const children = c.criteria.map((child) => compileConditionDecider(child, scope));
      const n = children.length;
      const all = c.kind === "all-of";
      const state = (env: DecideEnv): number => {
        let open = false;
        for (let i = 0; i < n; i++) {
          const s = children[i]!.state(env);
          if (all ? s === FALSE : s === TRUE) return all ? FALSE : TRUE;
          if (s === OPEN) open = true;
        }
        return open ? OPEN : all ? TRUE : FALSE;
      };
      return {
        state,
        collect(env, into) {
          // Like evaluate: a decided group lists nothing; an open one lists its open children's facts.
          if (state(env) !== OPEN) return;
          for (let i = 0; i < n; i++) if (children[i]!.state(env) === OPEN) children[i]!.collect(env, into);
        },
      };
    }
  }
}

export function compileScoredDecider(c: ScoredCriterion, scope: DeciderScope): ScoredDecider {
  switch (c.kind) {
    case "banded": {
      const m = flatSlot(scope, scope.registry.bind(c));
      const at = m.at;
      const compare = c.bands.map((b) => cellComparator(m.metric, b.edge));
      const points = [...c.bands.map((b) => b.points), c.otherwise];
      const higher = c.direction === "higher-is-better";
      const n = c.bands.length;
      const min = minPointsOf(c);
      const max = maxPointsOf(c);
      return {
        score(env) {
          const s = statusOf(env, m);
          if (s === OK) {
            const values = env.values;
            let i = 0;
            while (i < n && !(higher ? compare[i]!(values, at) >= 0 : compare[i]!(values, at) <= 0)) i++;
            env.lo = env.hi = points[i]!;
          } else if (s === MISSING) {
            env.lo = min;
            env.hi = max;
          } else env.lo = env.hi = c.otherwise;
        },
        collect(env, into) {
          collectMetric(env, m, into);
        },
        collectsWhenSettled: true,
      };
    }
    case "first-match": {
      const options = c.options.map((o) => ({ when: compileConditionDecider(o.when, scope), points: o.points }));
      const otherwise = c.otherwise;
      const score = (env: DecideEnv): void => {
        let lo = Infinity;
        let hi = -Infinity;
        let matched = false;
        for (let i = 0; i < options.length; i++) {
          const s = options[i]!.when.state(env);
          if (s === FALSE) continue;
          const p = options[i]!.points;
          if (p < lo) lo = p;
          if (p > hi) hi = p;
          if (s === TRUE) {
            matched = true;
            break;
          }
        }
        if (!matched) {
          if (otherwise < lo) lo = otherwise;
          if (otherwise > hi) hi = otherwise;
        }
        env.lo = lo;
        env.hi = hi;
      };
      return {
        score,
        collect(env, into) {
          score(env);
          if (env.lo === env.hi) return;
          for (let i = 0; i < options.length; i++) {
            const s = options[i]!.when.state(env);
            if (s === OPEN) options[i]!.when.collect(env, into);
            if (s === TRUE) break;
          }
        },
        collectsWhenSettled: false,
      };
    }
    case "capped-sum": {
      const items = c.items.map((item) => ({ when: compileConditionDecider(item.when, scope), points: item.points }));
      const cap = c.cap;
      const score = (env: DecideEnv): void => {
        let sure = 0;
        let possible = 0;
        for (let i = 0; i < items.length; i++) {
          const s = items[i]!.when.state(env);
          if (s === TRUE) {
            sure += items[i]!.points;
            possible += items[i]!.points;
          } else if (s === OPEN) possible += items[i]!.points;
        }
        env.lo = Math.min(cap, sure);
        env.hi = Math.min(cap, possible);
      };
      return {
        score,
        collect(env, into) {
          score(env);
          if (env.lo === env.hi) return;
          for (let i = 0; i < items.length; i++) if (items[i]!.when.state(env) === OPEN) items[i]!.when.collect(env, into);
        },
        collectsWhenSettled: false,
      };
    }
    case "best-of": {
      const parts = c.criteria.map((child) => compileScoredDecider(child, scope));
      const min = minPointsOf(c);
      const score = (env: DecideEnv): void => {
        let lo = min;
        let hi = 0;
        for (let i = 0; i < parts.length; i++) {
          parts[i]!.score(env);
          if (env.lo > lo) lo = env.lo;
          if (env.hi > hi) hi = env.hi;
        }
        env.lo = lo;
        env.hi = hi;
      };
      return {
        score,
        collect(env, into) {
          score(env);
          if (env.lo === env.hi) return;
          for (let i = 0; i < parts.length; i++) {
            parts[i]!.score(env);
            if (env.lo !== env.hi) parts[i]!.collect(env, into);
          }
        },
        collectsWhenSettled: false,
      };
    }
  }
}

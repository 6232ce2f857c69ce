import { maxPointsOf, minPointsOf, type ConditionCriterion, type ScoredCriterion } from "../rule-set-schema";
import type { MetricValue } from "../metrics/metric-types";
import type { MetricRegistry, Env } from "./compiled-metric";
import { comparator, thresholdTest } from "./compile-condition";

/**
 * The decision-only twin of the criterion compilers, for `decide`: the same three-valued logic and
 * point ranges, but no result objects and no texts — each criterion is a function returning its
 * state as a small number, and the facts a criterion is waiting for are collected only when it is
 * undecided. Batch work (re-screening every recognised firm) runs on this; the tests and the
 * benchmark check that it agrees with `evaluate` exactly.
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
}

export interface DecideEnv extends Env {
  lo: number;
  hi: number;
}

function addAll(paths: readonly string[], into: string[]): void {
  for (let i = 0; i < paths.length; i++) if (!into.includes(paths[i]!)) into.push(paths[i]!);
}

export function compileConditionDecider(c: ConditionCriterion, registry: MetricRegistry): ConditionDecider {
  switch (c.kind) {
    case "threshold":
    case "flag":
    case "option": {
      const metric = registry.bind(c);
      let test: (v: MetricValue) => boolean;
      if (c.kind === "threshold") {
        test = thresholdTest(metric, c.op, c.value);
      } else if (c.kind === "flag") {
        const expected = c.expected;
        test = (v) => v === expected;
      } else {
        const allowed = new Set(c.values);
        test = (v) => allowed.has(v as string);
      }
      return {
        state(env) {
          const r = metric.get(env);
          if (r.status === "ok") return test(r.value) ? TRUE : FALSE;
          return r.status === "missing" ? OPEN : FALSE;
        },
        collect(env, into) {
          const r = metric.get(env);
          if (r.status === "missing") addAll(r.paths, into);
        },
      };
    }
    case "all-of":
    case "any-of": {
      const children = c.criteria.map((child) => compileConditionDecider(child, registry));
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

export function compileScoredDecider(c: ScoredCriterion, registry: MetricRegistry): ScoredDecider {
  switch (c.kind) {
    case "banded": {
      const metric = registry.bind(c);
      const compare = c.bands.map((b) => comparator(metric, b.edge));
      const points = [...c.bands.map((b) => b.points), c.otherwise];
      const higher = c.direction === "higher-is-better";
      const n = c.bands.length;
      const min = minPointsOf(c);
      const max = maxPointsOf(c);
      return {
        score(env) {
          const r = metric.get(env);
          if (r.status === "ok") {
            const v = r.value;
            let i = 0;
            while (i < n && !(higher ? compare[i]!(v) >= 0 : compare[i]!(v) <= 0)) i++;
            env.lo = env.hi = points[i]!;
          } else if (r.status === "missing") {
            env.lo = min;
            env.hi = max;
          } else env.lo = env.hi = c.otherwise;
        },
        collect(env, into) {
          const r = metric.get(env);
          if (r.status === "missing") addAll(r.paths, into);
        },
      };
    }
    case "first-match": {
      const options = c.options.map((o) => ({ when: compileConditionDecider(o.when, registry), points: o.points }));
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
      };
    }
    case "capped-sum": {
      const items = c.items.map((item) => ({ when: compileConditionDecider(item.when, registry), points: item.points }));
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
      };
    }
    case "best-of": {
      const parts = c.criteria.map((child) => compileScoredDecider(child, registry));
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
      };
    }
  }
}

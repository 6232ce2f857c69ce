import type { Decision, Outcome, Route } from "../evaluation-result";
import type { Facts } from "../facts";
import { FactSheet } from "../metrics/fact-sheet";
import { METRIC_CELLS } from "../metrics/flat-metrics";
import type { EvaluationContext } from "../metrics/metric-types";
import type { RuleSet } from "../rule-set-schema";
import {
  compileConditionDecider,
  compileScoredDecider,
  FALSE,
  OPEN,
  TRUE,
  type ConditionDecider,
  type DecideEnv,
  type DeciderScope,
  type ScoredDecider,
} from "./compile-decider";
import type { MetricRegistry } from "./compiled-metric";
import { checkContext } from "./check-context";
import { and3, reaches, type Tri } from "./three-valued";

/** A rule set compiled for decisions only (see compile-decider). */
export interface CompiledDecider {
  run(facts: Facts, context: EvaluationContext): Omit<Decision, "ruleSet" | "applicationYear" | "asOf">;
}

// decide never formats a value.
const NOTHING_SHOWN: DecideEnv["shown"] = [];

function newEnv(slots: number): DecideEnv {
  return {
    facts: {},
    ctx: { applicationYear: 0, asOf: "" },
    cache: [],
    shown: NOTHING_SHOWN,
    explain: false,
    fresh: false,
    sheet: new FactSheet(),
    status: new Uint8Array(slots),
    values: new Float64Array(slots * METRIC_CELLS),
    lo: 0,
    hi: 0,
    run: 0,
    cacheRun: -1,
  };
}

const tri = (s: number): Tri => (s === TRUE ? true : s === FALSE ? false : null);

export function compileDecider(rs: RuleSet, registry: MetricRegistry, slots: () => number): CompiledDecider {
  const scope: DeciderScope = { registry, parts: 0 };
  const prerequisites = rs.prerequisites.map((c) => compileConditionDecider(c, scope));
  const requirements = rs.requirements.map((c) => compileConditionDecider(c, scope));
  const routes = rs.directRoutes.map((c) => compileConditionDecider(c, scope));
  const routeIds = rs.directRoutes.map((c) => `direct:${c.id}` as const);
  const blocks = (rs.score?.blocks ?? []).map((b) => ({
    id: b.id,
    max: b.max,
    minimum: b.minimum,
    criteria: b.criteria.map((c) => compileScoredDecider(c, scope)),
  }));
  const hasScore = rs.score !== null;
  const passMark = rs.score?.passMark ?? 0;
  const maxScore = blocks.reduce((s, b) => s + b.max, 0);
  const gated = hasScore || routes.length > 0;

  /** All-of over a list: FALSE if any is FALSE, else OPEN if any is OPEN, else TRUE; records each state. */
  const allOf = (list: readonly ConditionDecider[], env: DecideEnv, states: Uint8Array, from: number): number => {
    let out = TRUE;
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!.state(env);
      states[from + i] = s;
      if (s === FALSE) out = FALSE;
      else if (s === OPEN && out === TRUE) out = OPEN;
    }
    return out;
  };

  // One environment per compiled rule set, reused: evaluation is synchronous, and a nested call
  // (which nothing in the engine makes) would get an environment of its own.
  let spare: DecideEnv | null = null;
  const conditionCount = prerequisites.length + requirements.length + routes.length;
  // Condition states, then for each scored criterion whether its points are unsettled (lo < hi).
  const stateCount = conditionCount + blocks.reduce((n, b) => n + b.criteria.length, 0);
  const spareStates = new Uint8Array(stateCount);

  return {
    run(facts, context) {
      checkContext(context);
      const safeFacts = (typeof facts === "object" && facts !== null ? facts : {}) as Facts;
      const size = slots();
      const reused = spare !== null && spare.status.length === size;
      const env = reused ? spare! : newEnv(size);
      spare = null;
      try {
        return decideWith(env, safeFacts, context, reused ? spareStates : new Uint8Array(stateCount));
      } finally {
        spare = env;
      }
    },
  };

  function decideWith(env: DecideEnv, facts: Facts, context: EvaluationContext, states: Uint8Array): ReturnType<CompiledDecider["run"]> {
    env.facts = facts;
    env.ctx = context;
    env.run++;
    env.sheet.read(facts, context);
    // Every part the rule set may use, in one pass: cheaper than reading part by part on demand,
    // even for a firm that fails early.
    env.sheet.ensure(scope.parts);
    env.status.fill(0);
    const pre = allOf(prerequisites, env, states, 0);
    const req = allOf(requirements, env, states, prerequisites.length);
    let firstRoute = -1;
    let routesOpen = false;
    const routesFrom = prerequisites.length + requirements.length;
    for (let i = 0; i < routes.length; i++) {
      const s = routes[i]!.state(env);
      states[routesFrom + i] = s;
      if (s === TRUE && firstRoute < 0) firstRoute = i;
      else if (s === OPEN) routesOpen = true;
    }

    let score: Decision["score"] = null;
    if (hasScore) {
      const out: NonNullable<Decision["score"]>["blocks"] = [];
      const blockStates: Tri[] = [];
      let total = 0;
      let totalPossible = 0;
      let k = conditionCount;
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b]!;
        let points = 0;
        let possible = 0;
        for (let i = 0; i < block.criteria.length; i++) {
          block.criteria[i]!.score(env);
          points += env.lo;
          possible += env.hi;
          states[k++] = env.lo !== env.hi ? 1 : 0;
        }
        const passed = block.minimum > 0 ? reaches(points, possible, block.minimum) : true;
        blockStates.push(passed);
        out.push({ id: block.id, points, pointsPossible: possible, max: block.max, minimum: block.minimum, passed });
        total += points;
        totalPossible += possible;
      }
      blockStates.push(reaches(total, totalPossible, passMark));
      score = { total, totalPossible, max: maxScore, passMark, passed: and3(blockStates), blocks: out };
    }

    const routeState: Tri = firstRoute >= 0 ? true : routesOpen ? null : false;
    let gate: Tri = true;
    if (gated) {
      const s = score ? score.passed : false;
      gate = s === true || routeState === true ? true : s === null || routeState === null ? null : false;
    }
    const overall = and3([tri(pre), tri(req), gate]);
    const outcome: Outcome = overall === true ? "eligible" : overall === false ? "not-eligible" : "incomplete";
    let route: Route = null;
    if (overall === true) route = score?.passed === true ? "score" : firstRoute >= 0 ? routeIds[firstRoute]! : "requirements";

    // The facts evaluate would list: those of every undecided criterion, in the same order,
    // named by the metric definitions (with their per-evaluation cache and year memo).
    const missing: string[] = [];
    let k = 0;
    for (const list of [prerequisites, requirements, routes]) {
      for (let i = 0; i < list.length; i++) if (states[k++] === OPEN) list[i]!.collect(env, missing);
    }
    for (let b = 0; b < blocks.length; b++) {
      const criteria: readonly ScoredDecider[] = blocks[b]!.criteria;
      for (let i = 0; i < criteria.length; i++) {
        const c = criteria[i]!;
        if (states[k++] === 1 || c.collectsWhenSettled) c.collect(env, missing);
      }
    }
    return { outcome, route, score, missing };
  }
}

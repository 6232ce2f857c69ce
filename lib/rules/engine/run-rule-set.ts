import type { BlockResult, CriterionResult, Outcome, Route, ScoreResult } from "../evaluation-result";
import type { Facts } from "../facts";
import { beginFacts } from "../metrics/fact-readers";
import { FactSheet } from "../metrics/fact-sheet";
import type { EvaluationContext } from "../metrics/metric-types";
import { checkContext } from "./check-context";
import type { CompiledRuleSet } from "./compiled-rule-set";
import type { Env } from "./compiled-metric";
import { reaches, type Tri } from "./three-valued";

export interface RunOutput {
  outcome: Outcome;
  route: Route;
  score: ScoreResult | null;
  missing: string[];
  prerequisites: CriterionResult[];
  requirements: CriterionResult[];
  directRoutes: CriterionResult[];
}

/**
 * The pass rule, with every criterion explained (`decide` runs the same rule on its own compiled
 * path, engine/run-decision.ts, without texts): every prerequisite and requirement passes and,
 * where the rule set has a score or direct routes, the score passes (total ≥ pass mark, every block
 * ≥ its minimum) or a direct route does — in three-valued logic, so missing facts only make the
 * outcome "incomplete" when they could change it.
 */
export function runRuleSet(compiled: CompiledRuleSet, facts: Facts, context: EvaluationContext): RunOutput {
  checkContext(context);
  const safeFacts = (typeof facts === "object" && facts !== null ? facts : {}) as Facts;
  beginFacts(safeFacts);
  // One sheet, reused: evaluation is synchronous; a nested call would take a sheet of its own.
  const sheet = spareSheet ?? new FactSheet();
  spareSheet = null;
  try {
    sheet.read(safeFacts, context);
    sheet.ensure(compiled.sheetParts);
    return runWith(compiled, safeFacts, context, sheet);
  } finally {
    spareSheet = sheet;
  }
}

let spareSheet: FactSheet | null = null;

function runWith(compiled: CompiledRuleSet, safeFacts: Facts, context: EvaluationContext, sheet: FactSheet): RunOutput {
  const slots = compiled.slots;
  const env: Env = {
    facts: safeFacts,
    ctx: context,
    cache: new Array(slots),
    shown: new Array(slots),
    explain: true,
    fresh: false,
    sheet,
  };

  const prerequisites = run(compiled.prerequisites, env);
  const requirements = run(compiled.requirements, env);
  const directRoutes = run(compiled.directRoutes, env);

  let score: ScoreResult | null = null;
  if (compiled.score) {
    const blocks: BlockResult[] = [];
    let blocksPassed: Tri = true;
    let total = 0;
    let totalPossible = 0;
    for (const block of compiled.score.blocks) {
      const criteria = run(block.criteria, env);
      let points = 0;
      let possible = 0;
      for (let i = 0; i < criteria.length; i++) {
        points += criteria[i]!.pointsMin!;
        possible += criteria[i]!.pointsMax!;
      }
      const passed = block.minimum > 0 ? reaches(points, possible, block.minimum) : true;
      blocksPassed = and(blocksPassed, passed);
      blocks.push({ id: block.id, title: block.title, points, pointsPossible: possible, max: block.max, minimum: block.minimum, passed, criteria });
      total += points;
      totalPossible += possible;
    }
    const passed = and(blocksPassed, reaches(total, totalPossible, compiled.score.passMark));
    score = { total, totalPossible, max: compiled.score.max, passMark: compiled.score.passMark, passed, blocks };
  }

  const gate: Tri = score || directRoutes.length > 0 ? or(score ? score.passed : false, anyPassed(directRoutes)) : true;
  const overall = and(and(allPassed(prerequisites), allPassed(requirements)), gate);
  const outcome: Outcome = overall === true ? "eligible" : overall === false ? "not-eligible" : "incomplete";

  // When both hold, the score is reported as the route: it is the ordinary path of the measures.
  let route: Route = null;
  if (overall === true) {
    if (score?.passed === true) route = "score";
    else {
      const via = directRoutes.find((r) => r.passed === true);
      route = via ? `direct:${via.id}` : "requirements";
    }
  }

  const missing: string[] = [];
  collectMissing(prerequisites, missing);
  collectMissing(requirements, missing);
  collectMissing(directRoutes, missing);
  if (score) for (const block of score.blocks) collectMissing(block.criteria, missing);

  return { outcome, route, score, missing, prerequisites, requirements, directRoutes };
}

// Two-argument forms of and3/or3, without the array (this runs for every evaluation).
function and(a: Tri, b: Tri): Tri {
  return a === false || b === false ? false : a === null || b === null ? null : true;
}

function or(a: Tri, b: Tri): Tri {
  return a === true || b === true ? true : a === null || b === null ? null : false;
}

function run(list: readonly ((env: Env) => CriterionResult)[], env: Env): CriterionResult[] {
  const out: CriterionResult[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!(env);
  return out;
}

/**
 * Facts that leave some criterion undecided. A fact only needed by an alternative that no longer
 * matters (financing when revenue already meets "revenue or financing") is not listed.
 */
function collectMissing(results: readonly CriterionResult[], into: string[]): void {
  for (let i = 0; i < results.length; i++) {
    const paths = results[i]!.missing;
    for (let j = 0; j < paths.length; j++) if (!into.includes(paths[j]!)) into.push(paths[j]!);
  }
}

function allPassed(results: readonly CriterionResult[]): Tri {
  let unknown = false;
  for (let i = 0; i < results.length; i++) {
    const p = results[i]!.passed;
    if (p === false) return false;
    if (p === null) unknown = true;
  }
  return unknown ? null : true;
}

function anyPassed(results: readonly CriterionResult[]): Tri {
  let unknown = false;
  for (let i = 0; i < results.length; i++) {
    const p = results[i]!.passed;
    if (p === true) return true;
    if (p === null) unknown = true;
  }
  return unknown ? null : false;
}

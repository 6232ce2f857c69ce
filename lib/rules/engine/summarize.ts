import type { CriterionResult, Outcome, Route, ScoreResult } from "../evaluation-result";
import type { LocalizedText } from "../localized-text";

/**
 * One or two sentences stating the outcome and why, for the applicant and the reviewer. The text
 * depends on few inputs (which mandatory criteria failed, the score, the route, how many facts are
 * missing); `SummaryCache` keys it by those so a batch of evaluations builds each text once.
 */
export class SummaryCache {
  private readonly map = new Map<number, LocalizedText>();

  get(
    outcome: Outcome,
    route: Route,
    score: ScoreResult | null,
    prerequisites: readonly CriterionResult[],
    requirements: readonly CriterionResult[],
    routes: readonly CriterionResult[],
    missingCount: number,
  ): LocalizedText {
    const key = summaryKey(outcome, route, score, prerequisites, requirements, routes, missingCount);
    if (key === null) return summarize(outcome, route, score, prerequisites, requirements, routes, missingCount);
    let text = this.map.get(key);
    if (text === undefined) {
      text = Object.freeze(summarize(outcome, route, score, prerequisites, requirements, routes, missingCount));
      if (this.map.size < 20_000) this.map.set(key, text);
    }
    return text;
  }
}

/** A number that identifies the summary text, or null when the inputs are too unusual to key. */
function summaryKey(
  outcome: Outcome,
  route: Route,
  score: ScoreResult | null,
  prerequisites: readonly CriterionResult[],
  requirements: readonly CriterionResult[],
  routes: readonly CriterionResult[],
  missingCount: number,
): number | null {
  if (missingCount > 127 || prerequisites.length + requirements.length > 20 || routes.length > 60) return null;
  const total = score ? score.total : 0;
  const possible = score ? score.totalPossible : 0;
  if (!Number.isInteger(total) || !Number.isInteger(possible) || total > 1000 || possible > 1000) return null;
  let kind: number;
  let detail: number;
  if (outcome === "incomplete") {
    kind = 0;
    detail = 0;
  } else if (outcome === "eligible") {
    kind = 1;
    const routeIndex = route === "score" ? 0 : route === "requirements" ? 1 : 2 + routes.findIndex((r) => `direct:${r.id}` === route);
    detail = routeIndex * 1024 + total;
  } else {
    kind = 2;
    let failed = 0;
    const all = prerequisites.length;
    for (let i = 0; i < all; i++) if (prerequisites[i]!.passed === false) failed |= 1 << i;
    for (let i = 0; i < requirements.length; i++) if (requirements[i]!.passed === false) failed |= 1 << (all + i);
    let blocks = 0;
    if (score && score.passed === false) {
      if (score.blocks.length > 8) return null;
      for (let i = 0; i < score.blocks.length; i++) {
        const b = score.blocks[i]!;
        // A block short of its minimum is named with its own points, which the key cannot hold:
        // such summaries are built each time (a shared one would show another firm's figures).
        if (b.minimum > 0 && b.pointsPossible < b.minimum) return null;
      }
      blocks = possible + 1;
    }
    detail = failed * 262_144 + blocks;
  }
  return (detail * 3 + kind) * 128 + missingCount;
}

function summarize(
  outcome: Outcome,
  route: Route,
  score: ScoreResult | null,
  prerequisites: readonly CriterionResult[],
  requirements: readonly CriterionResult[],
  routes: readonly CriterionResult[],
  missingCount: number,
): LocalizedText {
  if (outcome === "incomplete") {
    return {
      zh: `尚不能判断：结果取决于${missingCount}项未填报的数据。`,
      en: `Incomplete: the result depends on ${missingCount} ${missingCount === 1 ? "fact" : "facts"} not yet reported.`,
    };
  }
  const settled =
    missingCount > 0
      ? {
          zh: `另有${missingCount}项数据未填报，但不影响该结论。`,
          en: ` ${missingCount} unreported ${missingCount === 1 ? "fact" : "facts"} cannot change this.`,
        }
      : { zh: "", en: "" };
  if (outcome === "eligible") {
    if (route === "score" && score) {
      return {
        zh: `符合条件：各项前提与认定条件均满足，评价得分${score.total}分，达到${score.passMark}分。${settled.zh}`,
        en: `Eligible: every prerequisite and requirement is met and the score of ${score.total} reaches the pass mark of ${score.passMark}.${settled.en}`,
      };
    }
    if (route !== null && route.startsWith("direct:")) {
      const via = routes.find((r) => `direct:${r.id}` === route);
      return {
        zh: `符合条件：满足直通条件“${via?.title.zh ?? route}”。${settled.zh}`,
        en: `Eligible by a direct route: ${via?.title.en ?? route}.${settled.en}`,
      };
    }
    return { zh: `符合条件：各项条件均满足。${settled.zh}`, en: `Eligible: every requirement is met.${settled.en}` };
  }
  const reasons: LocalizedText[] = [...prerequisites, ...requirements].filter((r) => r.passed === false).map((r) => r.title);
  if (score && score.passed === false) {
    const shortBlocks = score.blocks.filter((b) => b.minimum > 0 && b.pointsPossible < b.minimum);
    const parts: LocalizedText[] = [];
    if (score.totalPossible < score.passMark) {
      parts.push({
        zh: `评价得分${score.totalPossible}分，低于${score.passMark}分`,
        en: `the score of ${score.totalPossible} is below the pass mark of ${score.passMark}`,
      });
    }
    for (const b of shortBlocks) {
      parts.push({
        zh: `${b.title.zh}得分${b.pointsPossible}分，低于${b.minimum}分`,
        en: `${b.title.en} scores ${b.pointsPossible}, below the minimum of ${b.minimum}`,
      });
    }
    const noRoute = routes.length > 0 ? { zh: "，且不满足任何直通条件", en: ", and no direct route applies" } : { zh: "", en: "" };
    reasons.push({ zh: parts.map((p) => p.zh).join("；") + noRoute.zh, en: parts.map((p) => p.en).join("; ") + noRoute.en });
  }
  return {
    zh: `不符合条件：${reasons.map((r) => r.zh).join("；")}。${settled.zh}`,
    en: `Not eligible: ${reasons.map((r) => r.en).join("; ")}.${settled.en}`,
  };
}

import type { CriterionResult } from "../evaluation-result";
import type { LocalizedText } from "../localized-text";
import { percentThreshold } from "../ratio";
import { maxPointsOf, minPointsOf, type BandedCriterion, type ScoredCriterion } from "../rule-set-schema";
import type { MetricResult } from "../metrics/metric-types";
import type { Env } from "./compiled-metric";
import { compileCondition, comparator, type CompileScope } from "./compile-condition";
import { freezeResult, missingOf, NONE_MISSING, scoredResult, SharedComposites, YearCache, type CriterionHead } from "./criterion-result";
import { displayFor, formatThresholdValue, pointsText, rangeText } from "./display";
import { factPathList } from "./fact-path-label";

/**
 * Compiles a scored criterion. While facts are missing a criterion scores a range [min, max]
 * rather than a guess, so the evaluator can tell whether the pass mark is still reachable.
 */
export type CompiledScored = (env: Env) => CriterionResult;

export function compileScored(c: ScoredCriterion, scope: CompileScope): CompiledScored {
  const head: CriterionHead = { id: c.id, kind: c.kind, clause: c.clause ?? scope.clause, mandatory: false, unconfirmed: c.unconfirmed === true };
  const inner: CompileScope = { ...scope, mandatory: false, clause: head.clause };
  const maxPoints = maxPointsOf(c);
  const minPoints = minPointsOf(c);
  switch (c.kind) {
    case "banded":
      return banded(c, head, inner, minPoints, maxPoints);
    case "first-match": {
      const fm = c;
      const explain = (points: number, label: LocalizedText): LocalizedText => {
        const pts = pointsText(points);
        return Object.freeze({ zh: `${c.title.zh}：${label.zh}，得${pts.zh}`, en: `${c.title.en}: ${label.en}: ${pts.en}` });
      };
      const options = c.options.map((o) => ({
        when: compileCondition(o.when, inner),
        points: o.points,
        label: Object.freeze(o.label),
        explanation: explain(o.points, o.label),
      }));
      const fallback = { points: c.otherwise, label: Object.freeze(c.otherwiseLabel), explanation: explain(c.otherwise, c.otherwiseLabel) };
      const shared = new SharedComposites();
      return (env) => {
        const outer = env.fresh;
        env.fresh = false;
        const result = firstMatch(env);
        if (env.fresh) return result;
        env.fresh = outer;
        return shared.lookup(env.ctx.applicationYear, result.children!) ?? shared.store(result.children!, freezeResult(result));
      };
      function firstMatch(env: Env): CriterionResult {
        const children: CriterionResult[] = [];
        let lo = Infinity;
        let hi = -Infinity;
        let decided: { points: number; label: LocalizedText; explanation: LocalizedText } | null = null;
        for (const option of options) {
          const r = option.when(env);
          children.push(r);
          if (r.passed === false) continue;
          lo = Math.min(lo, option.points);
          hi = Math.max(hi, option.points);
          if (r.passed === true) {
            if (lo === hi) decided = option;
            break;
          }
        }
        if (decided === null && children[children.length - 1]?.passed !== true) {
          lo = Math.min(lo, fm.otherwise);
          hi = Math.max(hi, fm.otherwise);
          if (lo === hi) decided = fallback;
        }
        if (decided) return scoredResult(head, fm.title, lo, hi, maxPoints, null, null, decided.label, NONE_MISSING, decided.explanation, children);
        const missing = missingOf(children);
        const range = rangeText(lo, hi);
        return scoredResult(
          head,
          fm.title,
          lo,
          hi,
          maxPoints,
          null,
          null,
          null,
          missing,
          {
            zh: `${fm.title.zh}：尚待填报（${factPathList(missing).zh}），可得${range.zh}`,
            en: `${fm.title.en}: not yet known (${factPathList(missing).en}); ${range.en} possible`,
          },
          children,
        );
      }
    }
    case "capped-sum": {
      const cs = c;
      const items = c.items.map((item) => ({ when: compileCondition(item.when, inner), points: item.points }));
      const n = items.length;
      const explanations = new Map<number, LocalizedText>();
      const shared = new SharedComposites();
      return (env) => {
        const outer = env.fresh;
        env.fresh = false;
        const children: CriterionResult[] = new Array(n);
        let sure = 0;
        let possible = 0;
        let met = 0;
        for (let i = 0; i < n; i++) {
          const item = items[i]!;
          const r = item.when(env);
          children[i] = r;
          if (r.passed === true) {
            sure += item.points;
            possible += item.points;
            met++;
          } else if (r.passed === null) possible += item.points;
        }
        const reusable = !env.fresh;
        env.fresh = outer || !reusable;
        if (reusable) {
          const hit = shared.lookup(env.ctx.applicationYear, children);
          if (hit) return hit;
        }
        const result = cappedSum(children, sure, possible, met);
        return reusable ? shared.store(children, freezeResult(result)) : result;
      };
      function cappedSum(children: CriterionResult[], sure: number, possible: number, met: number): CriterionResult {
        const lo = Math.min(cs.cap, sure);
        const hi = Math.min(cs.cap, possible);
        if (lo === hi) {
          let explanation = explanations.get(met * 10_000 + lo);
          if (!explanation) {
            const pts = pointsText(lo);
            const cap = pointsText(cs.cap);
            explanation = Object.freeze({
              zh: `${cs.title.zh}：满足${met}项，得${pts.zh}（最高${cap.zh}）`,
              en: `${cs.title.en}: ${met} of ${n} met: ${pts.en} (at most ${cap.en})`,
            });
            explanations.set(met * 10_000 + lo, explanation);
          }
          return scoredResult(head, cs.title, lo, hi, maxPoints, null, null, null, NONE_MISSING, explanation, children);
        }
        const missing = missingOf(children);
        const range = rangeText(lo, hi);
        return scoredResult(
          head,
          cs.title,
          lo,
          hi,
          maxPoints,
          null,
          null,
          null,
          missing,
          {
            zh: `${cs.title.zh}：已满足${met}项，其余尚待填报（${factPathList(missing).zh}），可得${range.zh}`,
            en: `${cs.title.en}: ${met} met so far, others not reported (${factPathList(missing).en}); ${range.en} possible`,
          },
          children,
        );
      }
    }
    case "best-of": {
      const parts = c.criteria.map((child) => compileScored(child, inner));
      return (env) => {
        const children = parts.map((part) => part(env));
        // A best-of result is always built anew (it names the better way).
        env.fresh = true;
        let lo = minPoints;
        let hi = 0;
        let best: CriterionResult = children[0]!;
        for (const r of children) {
          if (r.pointsMin! > lo || (r.pointsMin! === lo && r.pointsMax! > best.pointsMax!)) best = r;
          lo = Math.max(lo, r.pointsMin!);
          hi = Math.max(hi, r.pointsMax!);
        }
        if (lo === hi) {
          const explanation = env.explain
            ? {
                zh: `${c.title.zh}：按得分较高的一项计——${best.explanation.zh}`,
                en: `${c.title.en}: the better of ${children.length} ways counts — ${best.explanation.en}`,
              }
            : best.explanation;
          return scoredResult(head, c.title, lo, hi, maxPoints, best.actual, best.threshold, best.band, NONE_MISSING, explanation, children);
        }
        const missing = missingOf(children);
        const range = rangeText(lo, hi);
        return scoredResult(
          head,
          c.title,
          lo,
          hi,
          maxPoints,
          null,
          null,
          null,
          missing,
          {
            zh: `${c.title.zh}：尚待填报（${factPathList(missing).zh}），可得${range.zh}`,
            en: `${c.title.en}: not yet known (${factPathList(missing).en}); ${range.en} possible`,
          },
          children,
        );
      };
    }
  }
}

function bandTexts(c: BandedCriterion, edges: LocalizedText[]): LocalizedText[] {
  const higher = c.direction === "higher-is-better";
  const out: LocalizedText[] = edges.map((edge, i) => {
    if (i === 0) return higher ? { zh: `≥${edge.zh}`, en: `≥ ${edge.en}` } : { zh: `≤${edge.zh}`, en: `≤ ${edge.en}` };
    const other = edges[i - 1]!;
    const [low, high] = higher ? [edge, other] : [other, edge];
    return { zh: `${low.zh}—${high.zh}`, en: `${stripUnit(low.en, high.en)}–${high.en}` };
  });
  const last = edges[edges.length - 1]!;
  out.push(higher ? { zh: `<${last.zh}`, en: `< ${last.en}` } : { zh: `>${last.zh}`, en: `> ${last.en}` });
  return out;
}

/** "3%"–"5%" stays, "1,000,000 yuan"–"2,000,000 yuan" becomes "1,000,000–2,000,000 yuan". */
function stripUnit(low: string, high: string): string {
  const space = low.lastIndexOf(" ");
  return space > 0 && high.endsWith(low.slice(space)) ? low.slice(0, space) : low;
}

function banded(c: BandedCriterion, head: CriterionHead, scope: CompileScope, minPoints: number, maxPoints: number): CompiledScored {
  const metric = scope.registry.bind(c);
  const higher = c.direction === "higher-is-better";
  const compare = c.bands.map((b) => comparator(metric, b.edge));
  const format = displayFor(metric, metric.def.type === "ratio" ? c.bands.map((b) => percentThreshold(b.edge)) : []);
  const bands = bandTexts(
    c,
    c.bands.map((b) => formatThresholdValue(metric.def, metric.params, b.edge)),
  );
  const points = [...c.bands.map((b) => b.points), c.otherwise];
  const pointTexts = points.map(pointsText);
  const n = c.bands.length;
  // Missing and undefined values give the same result for every firm, and small whole numbers
  // (years, levels) have few values: those results are built once per year and shared.
  const shared = new YearCache<string, CriterionResult>();
  const byValue = new YearCache<number, CriterionResult>();
  const smallNumbers = metric.def.type === "number";
  let textYear = -1;
  let label: LocalizedText = { zh: "", en: "" };
  let zhSuffix: string[] = [];
  let enSuffix: string[] = [];
  let decided: (CriterionResult | undefined)[] = [];
  return (env) => {
    const r = metric.get(env);
    const year = env.ctx.applicationYear;
    if (year !== textYear) {
      label = metric.label(year);
      zhSuffix = bands.map((band, i) => "，属" + band.zh + "档，得" + pointTexts[i]!.zh);
      enSuffix = bands.map((band, i) => ", in the " + band.en + " band: " + pointTexts[i]!.en);
      decided = [];
      textYear = year;
    }
    if (r.status !== "ok") {
      const key = r.status + (r.paths.length === 1 ? r.paths[0] : r.paths.join("|"));
      const hit = shared.get(year, key);
      if (hit) return hit;
      return shared.set(key, freezeResult(notScored(r, label)));
    }
    const v = r.value;
    if (!env.explain) {
      // Decision only: one shared result per band, without the firm's value.
      let i = 0;
      while (i < n && !(higher ? compare[i]!(v) >= 0 : compare[i]!(v) <= 0)) i++;
      return (decided[i] ??= freezeResult(
        scoredResult(
          head,
          c.title,
          points[i]!,
          points[i]!,
          maxPoints,
          null,
          null,
          bands[i]!,
          NONE_MISSING,
          {
            zh: c.title.zh + zhSuffix[i]!,
            en: c.title.en + enSuffix[i]!,
          },
          null,
        ),
      ));
    }
    const shareable = smallNumbers && Number.isInteger(v) && (v as number) >= -1000 && (v as number) <= 1000;
    if (shareable) {
      const hit = byValue.get(year, v as number);
      if (hit) return hit;
    }
    let i = 0;
    for (; i < n; i++) {
      const s = compare[i]!(v);
      if (higher ? s >= 0 : s <= 0) break;
    }
    const actual = format(env, v);
    const result = scoredResult(
      head,
      c.title,
      points[i]!,
      points[i]!,
      maxPoints,
      actual,
      null,
      bands[i]!,
      NONE_MISSING,
      {
        zh: label.zh + "为" + actual.zh + zhSuffix[i]!,
        en: label.en + " was " + actual.en + enSuffix[i]!,
      },
      null,
    );
    if (shareable) return byValue.set(v as number, freezeResult(result));
    env.fresh = true;
    return result;
  };

  function notScored(r: Exclude<MetricResult, { status: "ok" }>, label: LocalizedText): CriterionResult {
    if (r.status === "missing") {
      const paths = r.paths as string[];
      const range = rangeText(minPoints, maxPoints);
      const list = factPathList(paths);
      return scoredResult(
        head,
        c.title,
        minPoints,
        maxPoints,
        maxPoints,
        null,
        null,
        null,
        paths,
        {
          zh: `${label.zh}：未填报（${list.zh}），可得${range.zh}`,
          en: `${label.en}: not reported (${list.en}); ${range.en} possible`,
        },
        null,
      );
    }
    const pts = pointsText(c.otherwise);
    return scoredResult(
      head,
      c.title,
      c.otherwise,
      c.otherwise,
      maxPoints,
      null,
      null,
      bands[n]!,
      NONE_MISSING,
      {
        zh: `${label.zh}：无法确定——${r.reason.zh}，得${pts.zh}`,
        en: `${label.en}: cannot be determined — ${r.reason.en}: ${pts.en}`,
      },
      null,
    );
  }
}

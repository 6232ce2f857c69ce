import type { CriterionResult } from "../evaluation-result";
import type { LocalizedText } from "../localized-text";
import type { MetricValue } from "../metrics/metric-types";
import { compareRatio, percentThreshold, type Ratio } from "../ratio";
import type { ConditionCriterion, ThresholdOp } from "../rule-set-schema";
import type { CompiledMetric, Env, MetricRegistry } from "./compiled-metric";
import { conditionResult, freezeResult, missingOf, NONE_MISSING, SharedComposites, YearCache, type CriterionHead } from "./criterion-result";
import { displayFor, formatThresholdValue, thresholdTexts, yesNo } from "./display";
import { factPathList } from "./fact-path-label";

/** Compiles a pass/fail criterion once into a closure; evaluation then only reads facts and compares. */
export type CompiledCondition = (env: Env) => CriterionResult;

export interface CompileScope {
  registry: MetricRegistry;
  mandatory: boolean;
  /** Clause of the enclosing criterion, inherited by nested conditions that cite none. */
  clause: string;
}

const MET: LocalizedText = { zh: "符合", en: "met" };
const NOT_MET: LocalizedText = { zh: "不符合", en: "not met" };

function signTest(op: ThresholdOp): (sign: number) => boolean {
  switch (op) {
    case ">=":
      return (s) => s >= 0;
    case ">":
      return (s) => s > 0;
    case "<=":
      return (s) => s <= 0;
    case "<":
      return (s) => s < 0;
    case "=":
      return (s) => s === 0;
  }
}

/** Exact comparison of a metric value against a threshold written in the metric's unit. */
export function comparator(metric: CompiledMetric, value: number): (v: MetricValue) => number {
  switch (metric.def.type) {
    case "amount": {
      const fen = Math.round(value * 100);
      return (v) => (v as number) - fen;
    }
    case "ratio": {
      const threshold = percentThreshold(value);
      return (v) => compareRatio(v as Ratio, threshold);
    }
    default:
      return (v) => (v as number) - value;
  }
}

/** comparator and signTest fused into one test, for the hot paths of evaluate and decide. */
export function thresholdTest(metric: CompiledMetric, op: ThresholdOp, value: number): (v: MetricValue) => boolean {
  if (metric.def.type === "ratio") {
    const threshold = percentThreshold(value);
    const ok = signTest(op);
    return (v) => ok(compareRatio(v as Ratio, threshold));
  }
  // Amounts compare in integer fen, other numbers as reported.
  const t = metric.def.type === "amount" ? Math.round(value * 100) : value;
  switch (op) {
    case ">=":
      return (v) => (v as number) >= t;
    case ">":
      return (v) => (v as number) > t;
    case "<=":
      return (v) => (v as number) <= t;
    case "<":
      return (v) => (v as number) < t;
    case "=":
      return (v) => (v as number) === t;
  }
}

interface LeafSpec {
  metric: CompiledMetric;
  test: (v: MetricValue) => boolean;
  format: ReturnType<typeof displayFor>;
  symbol: LocalizedText;
  words: LocalizedText;
}

function leaf(c: ConditionCriterion, head: CriterionHead, spec: LeafSpec): CompiledCondition {
  const { metric, test, format, symbol, words } = spec;
  const type = metric.def.type;
  // Results for answers with few possible values (yes/no, a choice, a small whole number) and for
  // missing or undefined facts are shared between evaluations (see freezeResult).
  const byValue = new YearCache<unknown, CriterionResult>();
  const byMissing = new YearCache<string, CriterionResult>();
  const byInvalid = new YearCache<string, CriterionResult>();
  let textYear = -1;
  let title: LocalizedText = { zh: "", en: "" };
  let zhPrefix = "";
  let enPrefix = "";
  let zhMet = "";
  let zhNotMet = "";
  let enMet = "";
  let enNotMet = "";
  let decidedMet: CriterionResult | null = null;
  let decidedNotMet: CriterionResult | null = null;
  return (env) => {
    const r = metric.get(env);
    const year = env.ctx.applicationYear;
    if (year !== textYear) {
      // Sentence parts that depend only on the year, so each evaluation does two concatenations.
      const label = metric.label(year);
      title = c.title ?? label;
      zhPrefix = label.zh + "：";
      enPrefix = label.en + ": ";
      zhMet = "，要求" + words.zh + "，" + MET.zh;
      zhNotMet = "，要求" + words.zh + "，" + NOT_MET.zh;
      enMet = "; required " + words.en + ": " + MET.en;
      enNotMet = "; required " + words.en + ": " + NOT_MET.en;
      decidedMet = decidedNotMet = null;
      textYear = year;
    }
    if (r.status === "ok") {
      const v = r.value;
      if (!env.explain) {
        // Decision only: one shared result per verdict, without the firm's value.
        if (test(v)) {
          return (decidedMet ??= freezeResult(
            conditionResult(head, title, true, null, symbol, NONE_MISSING, { zh: title.zh + "：" + MET.zh, en: title.en + ": " + MET.en }, null),
          ));
        }
        return (decidedNotMet ??= freezeResult(
          conditionResult(head, title, false, null, symbol, NONE_MISSING, { zh: title.zh + "：" + NOT_MET.zh, en: title.en + ": " + NOT_MET.en }, null),
        ));
      }
      const shareable = type === "boolean" || type === "enum" || (type === "number" && Number.isInteger(v) && (v as number) >= -1000 && (v as number) <= 1000);
      if (shareable) {
        const hit = byValue.get(year, v);
        if (hit) return hit;
      }
      const passed = test(v);
      const actual = format(env, v);
      const result = conditionResult(
        head,
        title,
        passed,
        actual,
        symbol,
        NONE_MISSING,
        {
          zh: zhPrefix + actual.zh + (passed ? zhMet : zhNotMet),
          en: enPrefix + actual.en + (passed ? enMet : enNotMet),
        },
        null,
      );
      if (shareable) return byValue.set(v, freezeResult(result));
      env.fresh = true;
      return result;
    }
    const key = r.paths.length === 1 ? r.paths[0]! : r.paths.join("|");
    const cache = r.status === "missing" ? byMissing : byInvalid;
    const hit = cache.get(year, key);
    if (hit) return hit;
    const label = metric.label(year);
    if (r.status === "missing") {
      const paths = r.paths as string[];
      const list = factPathList(paths);
      return cache.set(
        key,
        freezeResult(
          conditionResult(
            head,
            title,
            null,
            null,
            symbol,
            paths,
            {
              zh: `${label.zh}：未填报（${list.zh}），要求${words.zh}`,
              en: `${label.en}: not reported (${list.en}); required ${words.en}`,
            },
            null,
          ),
        ),
      );
    }
    return cache.set(
      key,
      freezeResult(
        conditionResult(
          head,
          title,
          false,
          null,
          symbol,
          NONE_MISSING,
          {
            zh: `${label.zh}：无法确定——${r.reason.zh}，按不符合处理`,
            en: `${label.en}: cannot be determined — ${r.reason.en}; counted as not met`,
          },
          null,
        ),
      ),
    );
  };
}

export function compileCondition(c: ConditionCriterion, scope: CompileScope): CompiledCondition {
  const head: CriterionHead = {
    id: c.id,
    kind: c.kind,
    clause: c.clause ?? scope.clause,
    mandatory: scope.mandatory,
    unconfirmed: c.unconfirmed === true,
  };
  switch (c.kind) {
    case "threshold": {
      const metric = scope.registry.bind(c);
      const value = formatThresholdValue(metric.def, metric.params, c.value);
      const { symbol, words } = thresholdTexts(c.op, value);
      const edges = metric.def.type === "ratio" ? [percentThreshold(c.value)] : [];
      return leaf(c, head, { metric, test: thresholdTest(metric, c.op, c.value), format: displayFor(metric, edges), symbol, words });
    }
    case "flag": {
      const metric = scope.registry.bind(c);
      const expected = yesNo(c.expected);
      return leaf(c, head, {
        metric,
        test: (v) => v === c.expected,
        format: displayFor(metric, []),
        symbol: expected,
        words: { zh: `为“${expected.zh}”`, en: expected.en },
      });
    }
    case "option": {
      const metric = scope.registry.bind(c);
      const labels = c.values.map((v) => metric.def.options?.find((o) => o.value === v)?.label ?? { zh: v, en: v });
      const allowed = new Set(c.values);
      return leaf(c, head, {
        metric,
        test: (v) => allowed.has(v as string),
        format: displayFor(metric, []),
        symbol: { zh: labels.map((l) => l.zh).join("/"), en: labels.map((l) => l.en).join(" / ") },
        words:
          labels.length === 1
            ? { zh: `为${labels[0]!.zh}`, en: labels[0]!.en }
            : { zh: `为${labels.map((l) => l.zh).join("、")}之一`, en: `one of ${labels.map((l) => l.en).join(", ")}` },
      });
    }
    case "all-of":
    case "any-of":
      return group(
        c.kind,
        c.title,
        c.criteria.map((child) => compileCondition(child, { ...scope, clause: head.clause })),
        head,
      );
  }
}

function group(kind: "all-of" | "any-of", title: LocalizedText, children: CompiledCondition[], head: CriterionHead): CompiledCondition {
  const n = children.length;
  // The explanation depends only on which children passed, failed or are open: cache it by that pattern.
  const explanations = new YearCache<number, LocalizedText>();
  const shared = new SharedComposites();
  return (env) => {
    const outer = env.fresh;
    env.fresh = false;
    const results: CriterionResult[] = new Array(n);
    let failed = 0;
    let open = 0;
    let firstPassed = -1;
    for (let i = 0; i < n; i++) {
      const r = children[i]!(env);
      results[i] = r;
      if (r.passed === false) failed |= 1 << i;
      else if (r.passed === null) open |= 1 << i;
      else if (firstPassed < 0) firstPassed = i;
    }
    const year = env.ctx.applicationYear;
    const reusable = !env.fresh;
    env.fresh = outer || !reusable;
    if (reusable) {
      const hit = shared.lookup(year, results);
      if (hit) return hit;
    }
    const passed: boolean | null = kind === "all-of" ? (failed !== 0 ? false : open !== 0 ? null : true) : firstPassed >= 0 ? true : open !== 0 ? null : false;
    const key = passed === true ? (kind === "all-of" ? 0 : 1 + firstPassed) : passed === false ? -1 - failed : -(1 << 30) - open;
    const explanation = explanations.get(year, key) ?? explanations.set(key, Object.freeze(groupExplanation(kind, title, passed, results)));
    const missing = passed === null ? missingOf(results) : NONE_MISSING;
    const result = conditionResult(head, title, passed, null, null, missing, explanation, results);
    return reusable ? shared.store(results, freezeResult(result)) : result;
  };
}

function titles(results: readonly CriterionResult[], state: boolean | null): LocalizedText {
  const picked = results.filter((r) => r.passed === state);
  return { zh: picked.map((r) => r.title.zh).join("；"), en: picked.map((r) => r.title.en).join("; ") };
}

function groupExplanation(kind: "all-of" | "any-of", title: LocalizedText, passed: boolean | null, results: CriterionResult[]): LocalizedText {
  const n = results.length;
  if (kind === "all-of") {
    if (passed === true) return { zh: `${title.zh}：${n}项条件均符合`, en: `${title.en}: all ${n} conditions met` };
    if (passed === false) {
      const failed = titles(results, false);
      return { zh: `${title.zh}：不符合（${failed.zh}）`, en: `${title.en}: not met (${failed.en})` };
    }
    const open = titles(results, null);
    return { zh: `${title.zh}：尚待填报后判断（${open.zh}）`, en: `${title.en}: not yet decided (${open.en})` };
  }
  if (passed === true) {
    const met = results.find((r) => r.passed === true)!;
    return { zh: `${title.zh}：符合（${met.title.zh}）`, en: `${title.en}: met (${met.title.en})` };
  }
  if (passed === false) return { zh: `${title.zh}：${n}项均不符合`, en: `${title.en}: none of the ${n} alternatives met` };
  const open = titles(results, null);
  return { zh: `${title.zh}：尚待填报后判断（${open.zh}）`, en: `${title.en}: not yet decided (${open.en})` };
}

import { type CompiledRuleSet, decide, evaluate, type CriterionResult, type EvaluationResult, type Outcome, type Facts, type LocalizedText } from "@/lib/rules";

/**
 * Re-checking a recognised firm's annual data (rules.md, "Dynamic management": annual data).
 * Pure: the same function serves one firm's submission, the bulk re-evaluation and the benchmark.
 *
 * The data are judged by the rule set the firm was recognised under, never by a newer one. A
 * firm that certainly fails a mandatory criterion (or whose score certainly falls below the pass
 * mark with no direct route) is flagged for an official to look at; figures not reported leave a
 * criterion undecided, which is not a failure. Nothing here cancels anything.
 */

export interface ExplainedCriterion {
  id: string;
  clause: string;
  title: LocalizedText;
  passed: boolean | null;
  actual: LocalizedText | null;
  threshold: LocalizedText | null;
  explanation: LocalizedText;
}

export interface AnnualExplanation {
  dataYear: number;
  asOf: string;
  ruleSet: { code: string; version: string };
  outcome: Outcome;
  summary: LocalizedText;
  /** The criteria the data fail, criterion by criterion. */
  failed: ExplainedCriterion[];
  /** The score against its pass mark, for scored tiers (innovative, specialized). */
  score: { total: number; passMark: number; passed: boolean | null } | null;
}

export interface AnnualVerdict {
  flagged: boolean;
  outcome: Outcome;
  explanation: AnnualExplanation;
}

type TierHeld = "innovative" | "specialized" | "little_giant";

/**
 * The facts a recognised firm is judged on: the figures it was recognised with, overlaid with
 * every annual report since (oldest first), so two-year criteria see both years.
 *
 * The title of the tier below is an entry condition checked again at re-review, not a figure of
 * the year: it is taken as held for the whole validity of this title.
 */
export function annualFacts(base: Facts, reports: readonly Facts[], tier: TierHeld, validUntil: string): Facts {
  let facts: Facts = { ...base };
  for (const report of reports) facts = overlay(facts, report);
  const titlesHeld =
    tier === "specialized"
      ? { innovative: true, innovativeValidUntil: validUntil }
      : tier === "little_giant"
        ? { innovative: true, innovativeValidUntil: validUntil, specialized: true, specializedValidUntil: validUntil }
        : {};
  return { ...facts, titlesHeld };
}

function overlay(base: Facts, top: Facts): Facts {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(top)) {
    if (value === undefined) continue;
    const under = merged[key];
    if (key === "financials" || key === "equityFinancing") {
      // Per-year records: a report replaces the years it gives, field by field.
      const years: Record<string, unknown> = { ...(under as Record<string, unknown> | undefined) };
      for (const [year, figures] of Object.entries(value as Record<string, unknown>)) {
        const before = years[year];
        years[year] = figures && typeof figures === "object" && before && typeof before === "object" ? { ...before, ...figures } : figures;
      }
      merged[key] = years;
    } else if (value && typeof value === "object" && !Array.isArray(value) && under && typeof under === "object" && !Array.isArray(under)) {
      merged[key] = { ...under, ...value };
    } else {
      merged[key] = value;
    }
  }
  return merged as Facts;
}

const text = (value: { zh: string; en: string } | null | undefined): LocalizedText | null => (value ? { zh: value.zh, en: value.en } : null);

function explain(criterion: CriterionResult): ExplainedCriterion {
  return {
    id: criterion.id,
    clause: criterion.clause,
    title: criterion.title,
    passed: criterion.passed,
    actual: text(criterion.actual),
    threshold: criterion.threshold,
    explanation: criterion.explanation,
  };
}

export function explanationOf(result: EvaluationResult, dataYear: number): AnnualExplanation {
  const failed = [...result.prerequisites, ...result.requirements].filter((c) => c.mandatory && c.passed === false).map(explain);
  if (result.score && result.score.passed === false) {
    for (const block of result.score.blocks) {
      if (block.passed === false) {
        failed.push({
          id: `score:${block.id}`,
          clause: "",
          title: block.title,
          passed: false,
          actual: { zh: `${block.points}分`, en: `${block.points} points` },
          threshold: { zh: `≥ ${block.minimum}分`, en: `≥ ${block.minimum} points` },
          explanation: {
            zh: `${block.title.zh}得分${block.points}分，低于${block.minimum}分的最低要求。`,
            en: `${block.title.en} scored ${block.points}, below the minimum of ${block.minimum}.`,
          },
        });
      }
    }
  }
  return {
    dataYear,
    asOf: result.asOf,
    ruleSet: { code: result.ruleSet.code, version: result.ruleSet.version },
    outcome: result.outcome,
    summary: result.summary,
    failed,
    score: result.score ? { total: result.score.total, passMark: result.score.passMark, passed: result.score.passed } : null,
  };
}

/**
 * The verdict on one year's data. The year reported is "last year" of an application made the
 * year after, so the rule set's one- and two-year criteria read the right years.
 */
export function annualVerdict(ruleSet: CompiledRuleSet, facts: Facts, dataYear: number, asOf: string): AnnualVerdict {
  const context = { applicationYear: dataYear + 1, asOf };
  // The outcome alone is cheap; the sentences are built only for a firm that needs them.
  const quick = decide(ruleSet, facts, context);
  if (quick.outcome !== "not-eligible") {
    return {
      flagged: false,
      outcome: quick.outcome,
      explanation: {
        dataYear,
        asOf,
        ruleSet: { code: quick.ruleSet.code, version: quick.ruleSet.version },
        outcome: quick.outcome,
        summary:
          quick.outcome === "eligible"
            ? { zh: "年度数据仍符合认定时适用的各项条件。", en: "The annual data still meet every condition the title was granted under." }
            : {
                zh: "部分数据未报送，相关条件暂无法判断；已报送的数据未发现不符合项。",
                en: "Some figures were not reported, so some conditions cannot be judged; none of the reported figures fails a condition.",
              },
        failed: [],
        score: quick.score ? { total: quick.score.total, passMark: quick.score.passMark, passed: quick.score.passed } : null,
      },
    };
  }
  const full = evaluate(ruleSet, facts, context);
  return { flagged: true, outcome: full.outcome, explanation: explanationOf(full, dataYear) };
}

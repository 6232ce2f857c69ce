import { describe, expect, it } from "vitest";
import { assessFacts, evaluate, factFieldFor, METRICS, type Facts, type Outcome, type RuleSet } from "@/lib/rules";
import type { ConditionCriterion, ScoredCriterion } from "@/lib/rules";
import { CONTEXT, criterion, patch, setPath, clone } from "./firms";
import { probeFor, type ProbeRef, type Side } from "./probes";

/**
 * Table-driven test generators. The tables in each rule-set test file are transcribed from
 * /work/shared/domain/rules.md — not read from the rule set — so a rule set that drifts from the
 * document fails here. Each generated test name states the rule in words.
 */

const SIDES: { side: Side; word: string }[] = [
  { side: -1, word: "just below" },
  { side: 0, word: "exactly on" },
  { side: 1, word: "just above" },
];

export interface ThresholdRow extends ProbeRef {
  /** Criterion id in the rule set (top level or nested). */
  id: string;
  /** The rule in words, e.g. "R&D expense last year is at least 1,000,000 yuan". */
  rule: string;
  op: ">=" | "<=" | "<" | ">";
  value: number;
}

function passes(op: ThresholdRow["op"], side: Side): boolean {
  switch (op) {
    case ">=":
      return side >= 0;
    case ">":
      return side > 0;
    case "<=":
      return side <= 0;
    case "<":
      return side < 0;
  }
}

/** For each pass/fail threshold: just below, exactly on and just above the figure of the document. */
export function describeThresholds(ruleSet: RuleSet, base: () => Facts, rows: ThresholdRow[]): void {
  describe(`${ruleSet.code}: thresholds at their edges`, () => {
    const cases = rows.flatMap((row) =>
      SIDES.map(({ side, word }) => {
        const probe = probeFor(row);
        const pass = passes(row.op, side);
        return { name: `${row.rule}: ${word} (${probe.describe(row.value, side)}) is ${pass ? "met" : "not met"}`, row, side, pass };
      }),
    );
    it.each(cases)("$name", ({ row, side, pass }) => {
      const facts = probeFor(row).apply(base(), row.value, side);
      const c = criterion(evaluate(ruleSet, facts, CONTEXT), row.id);
      expect(c.passed).toBe(pass);
      expect(c.missing).toEqual([]);
    });
  });
}

/** Points for a value by the document's table (the value is the probe's, in the metric's unit). */
function scoreByTable(row: BandRow, value: number): number {
  const hit = row.bands.find(([edge]) => (row.direction === "higher-is-better" ? value >= edge : value <= edge));
  return hit ? hit[1] : row.otherwise;
}

export interface BandRow extends ProbeRef {
  id: string;
  rule: string;
  direction: "higher-is-better" | "lower-is-better";
  /** [edge, points] from the best band, as the document's table lists them. */
  bands: [number, number][];
  otherwise: number;
}

/** For each band edge of a scored indicator: just below, exactly on and just above. */
export function describeBands(ruleSet: RuleSet, base: () => Facts, rows: BandRow[]): void {
  describe(`${ruleSet.code}: score bands at their edges`, () => {
    const cases = rows.flatMap((row) =>
      row.bands.flatMap(([edge]) =>
        SIDES.map(({ side, word }) => {
          // "≥ edge" (higher is better) and "≤ edge" (lower is better) are inclusive of the better band.
          const expected = scoreByTable(row, edge + side * probeFor(row).step);
          const probe = probeFor(row);
          return { name: `${row.rule}: ${word} the ${edge} edge (${probe.describe(edge, side)}) scores ${expected}`, row, edge, side, expected };
        }),
      ),
    );
    it.each(cases)("$name", ({ row, edge, side, expected }) => {
      const facts = probeFor(row).apply(base(), edge, side);
      const c = criterion(evaluate(ruleSet, facts, CONTEXT), row.id);
      expect(c.points).toBe(expected);
      expect(c.pointsMin).toBe(expected);
      expect(c.pointsMax).toBe(expected);
      expect(c.maxPoints).toBe(Math.max(row.otherwise, ...row.bands.map((b) => b[1])));
      expect(c.band).not.toBeNull();
    });
  });
}

export interface CaseRow {
  /** The rule in words. */
  name: string;
  id: string;
  changes: Record<string, unknown>;
  passed?: boolean | null;
  points?: number;
  outcome?: Outcome;
  route?: string | null;
}

/** Facts changes with the expected criterion result (flags, choices, groups, first-match, capped sums). */
export function describeCases(title: string, ruleSet: RuleSet, base: () => Facts, rows: CaseRow[]): void {
  describe(`${ruleSet.code}: ${title}`, () => {
    it.each(rows)("$name", (row) => {
      const facts = clone(base());
      for (const [path, value] of Object.entries(row.changes)) setPath(facts, path, value);
      const result = evaluate(ruleSet, facts, CONTEXT);
      const c = criterion(result, row.id);
      if (row.passed !== undefined) expect(c.passed).toBe(row.passed);
      if (row.points !== undefined) expect(c.points).toBe(row.points);
      if (row.outcome !== undefined) expect(result.outcome).toBe(row.outcome);
      if (row.route !== undefined) expect(result.route).toBe(row.route);
    });
  });
}

export interface MissingRow {
  id: string;
  /** Facts left blank. */
  paths: string[];
  /** The paths the result must name (defaults to `paths`). */
  named?: string[];
  outcome: Outcome;
  /**
   * Whether the evaluation lists the blank (default true). A fact only needed by an alternative
   * that no longer matters ("revenue or financing" when revenue already qualifies) is not listed.
   */
  listed?: boolean;
}

/**
 * A blank fact never counts as zero: the criterion is undecided (a scored one gets the range of
 * points it could still earn), the path is listed, and the outcome is "incomplete" whenever the
 * blank could change it.
 */
export function describeMissing(ruleSet: RuleSet, base: () => Facts, rows: MissingRow[]): void {
  describe(`${ruleSet.code}: missing facts`, () => {
    const cases = rows.map((row) => ({
      name: `without ${row.paths.join(" and ")}, "${row.id}" is undecided, the blank is ${row.listed === false ? "not listed (it cannot matter)" : "listed"} and the outcome is ${row.outcome}`,
      row,
    }));
    it.each(cases)("$name", ({ row }) => {
      const facts = patch(base(), Object.fromEntries(row.paths.map((p) => [p, undefined])));
      const result = evaluate(ruleSet, facts, CONTEXT);
      const c = criterion(result, row.id);
      const named = row.named ?? row.paths;
      if (c.kind === "threshold" || c.kind === "flag" || c.kind === "option" || c.kind === "all-of" || c.kind === "any-of") {
        expect(c.passed).toBeNull();
      } else {
        expect(c.points).toBeNull();
        expect(c.pointsMax!).toBeGreaterThan(c.pointsMin!);
      }
      for (const path of named) {
        expect(c.missing).toContain(path);
        if (row.listed === false) expect(result.missing).not.toContain(path);
        else expect(result.missing).toContain(path);
      }
      expect(result.outcome).toBe(row.outcome);
      if (row.outcome !== "eligible") expect(result.route).toBeNull();
    });
  });
}

/** A value of the wrong kind for each unit of the fact catalogue, and why the schema rejects it. */
export const MALFORMED: Record<string, { value: unknown; why: string }[]> = {
  yuan: [
    { value: -0.01, why: "a negative amount" },
    { value: 1.234, why: "an amount with 3 decimals" },
    { value: "1000000", why: "an amount given as text" },
    { value: 1e14, why: "an implausibly large amount" },
  ],
  count: [
    { value: 2.5, why: "a fractional count" },
    { value: -1, why: "a negative count" },
    { value: "3", why: "a count given as text" },
  ],
  percent: [
    { value: 100.01, why: "a percentage over 100" },
    { value: -1, why: "a negative percentage" },
    { value: 12.345, why: "a percentage with 3 decimals" },
  ],
  year: [
    { value: 1800, why: "a year before 1900" },
    { value: 2019.5, why: "a fractional year" },
  ],
  rank: [
    { value: 0, why: "rank 0" },
    { value: 1.5, why: "a fractional rank" },
  ],
  date: [{ value: "2025/01/01", why: "a date not in YYYY-MM-DD form" }],
  boolean: [
    { value: "yes", why: "yes/no given as text" },
    { value: 1, why: "yes/no given as a number" },
  ],
  enum: [{ value: "something-else", why: "a value outside the options" }],
  /** Net profit may be negative (a loss), but not fractional fen or text. */
  signedYuan: [
    { value: 1.234, why: "an amount with 3 decimals" },
    { value: "-5", why: "an amount given as text" },
  ],
  /** A province's own indicators are yes/no or a number with at most 2 decimals. */
  regional: [
    { value: "yes", why: "an answer given as text" },
    { value: 1.234, why: "a number with 3 decimals" },
    { value: 1e10, why: "an implausibly large number" },
  ],
};

function malformedValues(path: string) {
  const field = factFieldFor(path);
  if (!field) throw new Error(`${path} is not in the fact catalogue`);
  if (path.startsWith("regional.")) return MALFORMED["regional"]!;
  if (field.signed) return MALFORMED["signedYuan"]!;
  return MALFORMED[field.unit]!;
}

/** Concrete fact paths a rule set reads (templates filled with the years and keys it uses). */
export function factPathsOf(ruleSet: RuleSet): string[] {
  const paths = new Set<string>();
  const visitRef = (ref: { metric: string; yearsBack?: number; years?: number; key?: string }) => {
    const def = METRICS.get(ref.metric)!;
    const yearsBack = ref.yearsBack ?? 1;
    const years = ref.years ?? 2;
    const yearList =
      def.params.includes("years") && ref.metric.endsWith("Average") && ref.metric !== "rdExpenseAverage"
        ? Array.from({ length: years + 1 }, (_, i) => 2024 - years + i)
        : def.params.includes("years")
          ? Array.from({ length: years }, (_, i) => 2024 - years + 1 + i)
          : ref.metric.toLowerCase().includes("growth")
            ? [2025 - yearsBack - 1, 2025 - yearsBack]
            : [2025 - yearsBack];
    for (const template of def.reads) {
      if (template.includes("{year}")) for (const y of yearList) paths.add(template.replace("{year}", String(y)));
      else if (template.includes("{key}")) paths.add(template.replace("{key}", ref.key!));
      else if (template.includes("[]")) paths.add(template.replace("[]", "[0]"));
      else paths.add(template);
    }
  };
  const condition = (c: ConditionCriterion) => {
    if (c.kind === "all-of" || c.kind === "any-of") c.criteria.forEach(condition);
    else if (c.kind === "threshold" || c.kind === "flag" || c.kind === "option") visitRef(c);
  };
  const scored = (c: ScoredCriterion) => {
    if (c.kind === "banded") visitRef(c);
    else if (c.kind === "first-match") c.options.forEach((o) => condition(o.when));
    else if (c.kind === "capped-sum") c.items.forEach((i) => condition(i.when));
    else c.criteria.forEach(scored);
  };
  [...ruleSet.prerequisites, ...ruleSet.requirements, ...ruleSet.directRoutes].forEach(condition);
  ruleSet.score?.blocks.forEach((b) => b.criteria.forEach(scored));
  return [...paths].sort();
}

/** Where a list item's field is malformed, the facts need a list item to hold it. */
function malformedFacts(base: Facts, path: string, value: unknown): Facts {
  const facts = clone(base);
  const item = /^awards\.scienceTech\[0\]\.(\w+)$/.exec(path);
  if (item) {
    setPath(facts, "awards.scienceTech", [{ level: "provincial", year: 2024, rank: 1, [item[1]!]: value }]);
    return facts;
  }
  return setPath(facts, path, value);
}

/**
 * Every fact the rule set reads, given a value of the wrong kind: `assessFacts` rejects it with the
 * path (no evaluation on malformed input), and `evaluate` on the raw object treats it as not
 * reported — listed as missing, never read as zero, never a crash.
 */
export function describeMalformed(ruleSet: RuleSet, base: () => Facts): void {
  describe(`${ruleSet.code}: malformed facts`, () => {
    const cases = factPathsOf(ruleSet).flatMap((path) =>
      malformedValues(path).map(({ value, why }) => ({ name: `${path} as ${why} is rejected with its path`, path, value })),
    );
    it.each(cases)("$name", ({ path, value }) => {
      const facts = malformedFacts(base(), path, value);
      const assessed = assessFacts(ruleSet, facts, CONTEXT);
      expect(assessed.ok).toBe(false);
      if (!assessed.ok) expect(assessed.issues.map((i) => i.path)).toContain(path.replace("[0]", ".0"));
      const raw = evaluate(ruleSet, facts, CONTEXT);
      expect(["eligible", "not-eligible", "incomplete"]).toContain(raw.outcome);
    });
  });
}

/** Every criterion of the rule set, on every given firm, explains itself in Chinese and English. */
export function describeExplanations(ruleSet: RuleSet, firms: Record<string, Facts>): void {
  describe(`${ruleSet.code}: explanations`, () => {
    it.each(Object.entries(firms).map(([name, facts]) => ({ name, facts })))("every criterion is explained in zh and en for $name", ({ facts }) => {
      const result = evaluate(ruleSet, facts, CONTEXT);
      const seen = new Set<string>();
      const walk = (
        list: readonly { id: string; title: { zh: string; en: string }; explanation: { zh: string; en: string }; clause: string; children: unknown }[],
      ) => {
        for (const c of list) {
          seen.add(c.id);
          expect(c.title.zh.length, c.id).toBeGreaterThan(0);
          expect(c.title.en.length, c.id).toBeGreaterThan(0);
          expect(c.explanation.zh.length, c.id).toBeGreaterThan(0);
          expect(c.explanation.en.length, c.id).toBeGreaterThan(0);
          // Chinese text is Chinese, English text is not.
          expect(c.explanation.zh, c.id).toMatch(/[\u4e00-\u9fff]/);
          expect(c.explanation.en, c.id).not.toMatch(/[\u4e00-\u9fff]/);
          expect(c.clause.length, c.id).toBeGreaterThan(0);
          if (Array.isArray(c.children)) walk(c.children);
        }
      };
      walk(result.prerequisites);
      walk(result.requirements);
      walk(result.directRoutes);
      for (const b of result.score?.blocks ?? []) walk(b.criteria);
      expect(result.summary.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(result.summary.en.length).toBeGreaterThan(0);
      // Every criterion declared at the top level appears in the result (a first-match stops at
      // the first option that holds, so options after it need not).
      for (const id of topLevelIds(ruleSet)) expect(seen.has(id), id).toBe(true);
    });
  });
}

function topLevelIds(ruleSet: RuleSet): string[] {
  return [...ruleSet.prerequisites, ...ruleSet.requirements, ...ruleSet.directRoutes, ...(ruleSet.score?.blocks.flatMap((b) => b.criteria) ?? [])].map(
    (c) => c.id,
  );
}

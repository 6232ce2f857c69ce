import { describe, expect, it } from "vitest";
import { BUILTIN_RULE_SETS, evaluate, type Facts } from "@/lib/rules";
import { factPathLabel } from "@/lib/rules/engine/fact-path-label";

// What a person must never read: a fact path ("compliance.independentLegalPerson") or a bare
// camelCase identifier, in either language.
const DOTTED_PATH = /\b[a-z]+(\.[a-z][A-Za-z]+)+\b/;
const CAMEL_CASE = /\b[a-z]+[A-Z][a-zA-Z]+\b/;

interface Explained {
  id: string;
  explanation: { zh: string; en: string };
  children?: unknown;
}

describe("explanations of missing facts name the facts, not their paths", () => {
  it.each(BUILTIN_RULE_SETS.map((ruleSet) => ({ code: ruleSet.code, ruleSet })))("$code on an empty application", ({ ruleSet }) => {
    const result = evaluate(ruleSet, {} as Facts, { applicationYear: 2026, asOf: "2026-06-01" });
    const texts: string[] = [];
    const walk = (list: readonly Explained[]) => {
      for (const c of list) {
        texts.push(c.explanation.zh, c.explanation.en);
        if (Array.isArray(c.children)) walk(c.children as Explained[]);
      }
    };
    walk(result.prerequisites);
    walk(result.requirements);
    walk(result.directRoutes);
    for (const block of result.score?.blocks ?? []) walk(block.criteria);
    expect(texts.some((t) => t.includes("未填报") || t.includes("尚待填报"))).toBe(true);
    expect(texts.filter((t) => DOTTED_PATH.test(t) || CAMEL_CASE.test(t))).toEqual([]);
  });

  it("labels a yearly figure with its year and a list item with its place", () => {
    expect(factPathLabel("compliance.independentLegalPerson").zh).not.toContain("compliance");
    expect(factPathLabel("financials.2025.revenue")).toEqual({ zh: "营业收入（2025年）", en: "Revenue (2025)" });
    expect(factPathLabel("awards.scienceTech.0.rank").en).toMatch(/#1$/);
  });
});

import { describe, expect, it } from "vitest";
import { BUILTIN_RULE_SETS, compileRuleSet, decide, evaluate, type CriterionResult, type EvaluationResult, type Facts } from "@/lib/rules";
import { CONTEXT, innovativeBorderline, patch, specializedBorderline, strongFirm } from "./support/firms";

const firms: Record<string, Facts> = {
  strong: strongFirm(),
  innovativeBorderline: innovativeBorderline(),
  specializedBorderline: specializedBorderline(),
  empty: {},
  partial: patch(strongFirm(), { "financials.2024": undefined, ip: undefined, quality: { ownBrand: true } }),
};
const cases = BUILTIN_RULE_SETS.flatMap((rs) => Object.entries(firms).map(([name, facts]) => ({ name: `${rs.code} on the ${name} firm`, rs, facts })));

describe("evaluation results are plain, serialisable and stable", () => {
  it.each(cases)("JSON round trip gives an equal result: $name", ({ rs, facts }) => {
    const result = evaluate(rs, facts, CONTEXT);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
  });

  it.each(cases)("the same facts give the same JSON, whatever was evaluated in between: $name", ({ rs, facts }) => {
    const first = JSON.stringify(evaluate(rs, facts, CONTEXT));
    for (const other of Object.values(firms)) evaluate(rs, other, CONTEXT);
    evaluate(rs, facts, { applicationYear: 2024, asOf: "2024-05-01" });
    expect(JSON.stringify(evaluate(rs, facts, CONTEXT))).toBe(first);
    expect(JSON.stringify(evaluate(compileRuleSet(rs), facts, CONTEXT))).toBe(first);
  });

  it.each(cases)("the serialised result explains every criterion in zh and en, values included: $name", ({ rs, facts }) => {
    const stored = JSON.parse(JSON.stringify(evaluate(rs, facts, CONTEXT))) as EvaluationResult;
    const texts = (t: unknown, where: string) => {
      expect(t, where).toEqual({ zh: expect.any(String), en: expect.any(String) });
      expect((t as { zh: string }).zh.length, where).toBeGreaterThan(0);
      expect((t as { en: string }).en.length, where).toBeGreaterThan(0);
    };
    let count = 0;
    const walk = (list: readonly CriterionResult[]) => {
      for (const c of list) {
        count++;
        texts(c.explanation, `${c.id} explanation`);
        texts(c.title, `${c.id} title`);
        if (c.actual) texts({ zh: c.actual.zh, en: c.actual.en }, `${c.id} actual`);
        if (c.children) walk(c.children);
      }
    };
    texts(stored.summary, "summary");
    walk(stored.prerequisites);
    walk(stored.requirements);
    walk(stored.directRoutes);
    for (const b of stored.score?.blocks ?? []) walk(b.criteria);
    expect(count).toBeGreaterThan(0);
  });

  it("evaluation does not modify the facts", () => {
    const facts = strongFirm();
    const before = JSON.stringify(facts);
    for (const rs of BUILTIN_RULE_SETS) evaluate(rs, facts, CONTEXT);
    expect(JSON.stringify(facts)).toBe(before);
  });

  it("shared parts of results are frozen, so a consumer cannot change another evaluation's result", () => {
    const result = evaluate(BUILTIN_RULE_SETS[0]!, strongFirm(), CONTEXT);
    const shared = result.prerequisites[0]!;
    expect(Object.isFrozen(shared)).toBe(true);
    expect(() => {
      (shared as { passed: boolean | null }).passed = false;
    }).toThrow(TypeError);
    expect(evaluate(BUILTIN_RULE_SETS[0]!, strongFirm(), CONTEXT).prerequisites[0]!.passed).toBe(true);
  });

  it("a decision is serialisable too", () => {
    const decision = decide(BUILTIN_RULE_SETS[1]!, specializedBorderline(), CONTEXT);
    expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    expect(decision).toMatchObject({ outcome: "eligible", route: "score", applicationYear: 2025, asOf: "2025-05-01" });
  });
});

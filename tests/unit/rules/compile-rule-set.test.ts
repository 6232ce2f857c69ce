import { describe, expect, it } from "vitest";
import { BUILTIN_RULE_SETS, compileRuleSet, evaluate, InvalidRuleSetError, METRICS, ruleSetSchema, specialized2022For, type RuleSet } from "@/lib/rules";
import { CONTEXT, strongFirm } from "./support/firms";

const base = BUILTIN_RULE_SETS[0]!;
const edit = (change: (rs: RuleSet) => void): RuleSet => {
  const rs = structuredClone(base) as RuleSet;
  change(rs);
  return rs;
};

describe("rule sets are validated data", () => {
  it.each(BUILTIN_RULE_SETS.map((rs) => ({ code: rs.code, rs })))("the built-in $code is valid and cites a clause for each criterion", ({ rs }) => {
    expect(ruleSetSchema.safeParse(rs).success).toBe(true);
    expect(() => compileRuleSet(rs)).not.toThrow();
  });

  it.each([
    ["an unknown metric", (rs: RuleSet) => ((rs.prerequisites[0] as { metric: string }).metric = "revenu"), "prerequisites.0.metric"],
    ["a duplicate criterion id", (rs: RuleSet) => (rs.prerequisites[1]!.id = rs.prerequisites[0]!.id), "prerequisites.1.id"],
    ["a top-level criterion without its clause", (rs: RuleSet) => delete rs.prerequisites[0]!.clause, "prerequisites.0.clause"],
    [
      "bands that do not go from the best",
      (rs: RuleSet) => {
        const c = rs.score!.blocks[0]!.criteria[1]!;
        if (c.kind === "banded") c.bands[1]!.edge = 9;
      },
      "score.blocks.0.criteria.1.bands.1.edge",
    ],
    ["a block maximum that is not the sum of its criteria", (rs: RuleSet) => (rs.score!.blocks[0]!.max = 41), "score.blocks.0.max"],
    ["a pass mark above the maximum score", (rs: RuleSet) => (rs.score!.passMark = 101), "score.passMark"],
    ["an amount with 3 decimals", (rs: RuleSet) => ((rs.directRoutes[3] as { value: number }).value = 5_000_000.001), "directRoutes.3.value"],
    ["an end date before the start", (rs: RuleSet) => (rs.effectiveTo = "2020-01-01"), "effectiveTo"],
  ])("rejects %s at its path", (_name, change, path) => {
    const rs = edit(change as (rs: RuleSet) => void);
    let error: unknown;
    try {
      compileRuleSet(rs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidRuleSetError);
    expect((error as InvalidRuleSetError).issues.map((i) => i.path)).toContain(path);
  });

  it("a provincial variant declares its indicators, and indicators must be declared", () => {
    const distinctive = {
      id: "distinctive",
      title: { zh: "特色化", en: "Distinctive" },
      max: 15,
      minimum: 0,
      criteria: [
        {
          kind: "banded" as const,
          id: "export-share",
          clause: "某省 特色化",
          title: { zh: "出口占比", en: "Export share" },
          metric: "regionalNumber",
          key: "export-share",
          direction: "higher-is-better" as const,
          bands: [{ edge: 20, points: 15 }],
          otherwise: 0,
        },
      ],
    };
    const make = (declared: boolean) =>
      specialized2022For({
        code: "test-province-2022",
        version: "test",
        region: "330000",
        title: { zh: "测试", en: "Test" },
        notes: [],
        distinctive,
        regionalIndicators: declared ? [{ key: "export-share", label: { zh: "出口占比", en: "Export share" }, kind: "number", unit: "percent" }] : [],
      });
    expect(() => compileRuleSet(make(false))).toThrow(InvalidRuleSetError);
    const r = evaluate(make(true), { ...strongFirm(), regional: { "export-share": 20 } }, CONTEXT);
    expect(r.score!.blocks.find((b) => b.id === "distinctive")!.points).toBe(15);
    expect(r.score).toMatchObject({ max: 100, total: 100 });
  });

  it("every metric declares the fact paths it reads", () => {
    for (const m of METRICS.values()) expect(m.reads.length, m.id).toBeGreaterThan(0);
  });
});

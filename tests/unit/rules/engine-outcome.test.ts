import { describe, expect, it } from "vitest";
import { BUILTIN_RULE_SETS, decide, evaluate, getBuiltinRuleSet } from "@/lib/rules";
import { CONTEXT, innovativeBorderline, patch, specializedBorderline, strongFirm } from "./support/firms";

const innovative = getBuiltinRuleSet("innovative-2022")!;
const specialized = getBuiltinRuleSet("specialized-2022")!;

describe("evaluate: three-valued outcome", () => {
  it("an empty application is incomplete for every rule set, listing what is needed", () => {
    for (const rs of BUILTIN_RULE_SETS) {
      const r = evaluate(rs, {}, CONTEXT);
      expect(r.outcome, rs.code).toBe("incomplete");
      expect(r.route).toBeNull();
      expect(r.missing, rs.code).toContain("compliance.smeSize");
      expect(r.summary.en).toMatch(/^Incomplete: the result depends on \d+ facts not yet reported\.$/);
    }
  });

  it("a certainly failed precondition is not eligible however much else is missing", () => {
    const r = evaluate(innovative, { compliance: { smeSize: "large" } }, CONTEXT);
    expect(r.outcome).toBe("not-eligible");
    expect(r.missing.length).toBeGreaterThan(0);
    expect(r.summary.en).toContain("cannot change this");
  });

  it("a direct route makes a firm eligible even when score facts are missing", () => {
    const facts = patch(strongFirm(), { "validTitles.highTechEnterprise": true, financials: undefined, ip: undefined });
    const r = evaluate(innovative, facts, CONTEXT);
    expect(r).toMatchObject({ outcome: "eligible", route: "direct:direct-valid-honour" });
    expect(r.score!.passed).toBeNull();
    expect(r.missing).toContain("financials.2024.revenue");
  });

  it("when both the score and a direct route hold, the score is reported as the route", () => {
    const r = evaluate(innovative, patch(strongFirm(), { "validTitles.highTechEnterprise": true }), CONTEXT);
    expect(r.route).toBe("score");
  });

  it("a score range that can still reach the pass mark is incomplete; one that cannot is not eligible", () => {
    const open = evaluate(innovative, patch(innovativeBorderline(), { "financials.2024.rdExpense": undefined }), CONTEXT);
    expect(open.score).toMatchObject({ total: 50, totalPossible: 70, passed: null });
    expect(open.outcome).toBe("incomplete");
    const closed = evaluate(
      innovative,
      patch(innovativeBorderline(), { "financials.2024.rdExpense": undefined, "financials.2024.mainBusinessRevenue": 10_000_000 }),
      CONTEXT,
    );
    expect(closed.score!.totalPossible).toBeLessThan(60);
    expect(closed.outcome).toBe("not-eligible");
  });

  it("a ratio over zero revenue is undefined: counted as not met, not as missing, and says why", () => {
    const r = evaluate(specialized, patch(specializedBorderline(), { "financials.2024.revenue": 0, "financials.2024.mainBusinessRevenue": 0 }), CONTEXT);
    const share = r.requirements.find((c) => c.id === "rd-expense")!.children!.find((c) => c.id === "rd-expense-share")!;
    expect(share.passed).toBe(false);
    expect(share.missing).toEqual([]);
    expect(share.explanation.en).toContain("revenue in 2024 was zero");
    expect(r.outcome).toBe("not-eligible");
  });

  it("a value of the wrong type in stored facts counts as not reported, never as zero", () => {
    const facts = patch(specializedBorderline(), { "financials.2024.rdExpense": "3500000" as unknown as number });
    const r = evaluate(specialized, facts, CONTEXT);
    expect(r.outcome).toBe("incomplete");
    expect(r.missing).toContain("financials.2024.rdExpense");
  });
});

describe("summaries name the reasons of each firm", () => {
  it("two firms short of the same block by different amounts each get their own figures", () => {
    // A: innovation 15 (class II IP 5 + R&D 2.5% 10), total 55.  B: innovation 10 (no IP), specialisation 25, total 55.
    const a = patch(innovativeBorderline(), { ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: 0, classII: 1 } });
    const b = patch(innovativeBorderline(), {
      ip: { highValueClassI: 0, selfDevelopedClassI: 0, classI: 0, classII: 0 },
      "financials.2023.mainBusinessRevenue": 56_000_000,
      "financials.2024.mainBusinessRevenue": 60_000_000,
    });
    const ra = evaluate(innovative, a, CONTEXT);
    const rb = evaluate(innovative, b, CONTEXT);
    expect([ra.score!.total, rb.score!.total]).toEqual([55, 55]);
    expect(ra.summary.en).toContain("Innovation scores 15, below the minimum of 20");
    expect(rb.summary.en).toContain("Innovation scores 10, below the minimum of 20");
    expect(rb.summary.zh).toContain("创新能力得分10分，低于20分");
  });

  it("an eligible firm's summary states its score and the pass mark", () => {
    const r = evaluate(innovative, strongFirm(), CONTEXT);
    expect(r.summary.en).toBe("Eligible: every prerequisite and requirement is met and the score of 95 reaches the pass mark of 60.");
    expect(r.summary.zh).toBe("符合条件：各项前提与认定条件均满足，评价得分95分，达到60分。");
  });
});

describe("decide agrees with evaluate", () => {
  const firms = {
    strong: strongFirm(),
    innovativeBorderline: innovativeBorderline(),
    specializedBorderline: specializedBorderline(),
    empty: {},
    partial: patch(strongFirm(), { financials: undefined }),
  };
  const cases = BUILTIN_RULE_SETS.flatMap((rs) => Object.entries(firms).map(([name, facts]) => ({ name: `${rs.code} on the ${name} firm`, rs, facts })));
  it.each(cases)("same outcome, route, score and missing facts: $name", ({ rs, facts }) => {
    const full = evaluate(rs, facts, CONTEXT);
    const quick = decide(rs, facts, CONTEXT);
    expect(quick.outcome).toBe(full.outcome);
    expect(quick.route).toBe(full.route);
    expect(quick.missing).toEqual(full.missing);
    expect(quick.score?.total).toBe(full.score?.total);
    expect(quick.score?.totalPossible).toBe(full.score?.totalPossible);
    expect(quick.score?.blocks.map((b) => b.points)).toEqual(full.score?.blocks.map((b) => b.points));
  });
});

describe("evaluation context", () => {
  it("an application year outside 1990–2100 is a programming error and throws", () => {
    expect(() => evaluate(innovative, {}, { applicationYear: 1900, asOf: "2025-01-01" })).toThrow(RangeError);
    expect(() => evaluate(innovative, {}, { applicationYear: 2025.5, asOf: "2025-01-01" })).toThrow(RangeError);
  });
  it("an asOf that is not an ISO date throws", () => {
    expect(() => evaluate(innovative, {}, { applicationYear: 2025, asOf: "1 May 2025" })).toThrow(RangeError);
  });
  it("'last year' follows the application year", () => {
    const r = evaluate(innovative, strongFirm(), { applicationYear: 2024, asOf: "2024-05-01" });
    const rd = r.score!.blocks[0]!.criteria.find((c) => c.id === "rd-share")!;
    expect(rd.explanation.en).toContain("in 2023");
  });
});

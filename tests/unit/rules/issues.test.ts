import { describe, expect, it } from "vitest";
import { assessFacts, compileRuleSet, describeIssue, factsSchema, getBuiltinRuleSet, InvalidRuleSetError, ruleSetSchema, type RuleSet } from "@/lib/rules";

const CONTEXT = { applicationYear: 2025, asOf: "2025-05-01" };
const issuesOf = (input: unknown) => factsSchema.safeParse(input).error!.issues;

describe("the engine words its own problems in both languages, by code", () => {
  it("a built-in check's message names its code (a negative amount)", () => {
    const [issue] = issuesOf({ financials: { "2024": { revenue: -1 } } });
    expect(describeIssue(issue!)).toEqual({ issue: "amount-negative", text: { en: "Amounts cannot be negative", zh: "金额不能为负数" } });
  });

  it("a cross-field check carries its code in params (R&D staff above employees)", () => {
    const [issue] = issuesOf({ financials: { "2024": { employees: 10, rdStaff: 11 } } });
    expect(issue).toMatchObject({ code: "custom", params: { issue: "rd-staff-exceeds-employees" } });
    expect(describeIssue(issue!).text.zh).toBe("研发人员数不能超过职工总数");
  });

  it("assessFacts hands back the code and both texts with each issue", () => {
    const assessed = assessFacts(getBuiltinRuleSet("innovative-2022")!, { financials: { "2024": { revenue: 1.001 } } }, CONTEXT);
    expect(assessed).toMatchObject({
      ok: false,
      issues: [{ path: "financials.2024.revenue", issue: "amount-decimals-facts", text: { zh: "金额最多保留两位小数（到分）" } }],
    });
  });

  it("a rule-set check with values words them in both languages (pass mark above the maximum)", () => {
    const base = getBuiltinRuleSet("specialized-2022")!;
    const broken = { ...base, score: { ...base.score!, passMark: 999 } } as RuleSet;
    const issue = ruleSetSchema.safeParse(broken).error!.issues.find((i) => i.path.join(".") === "score.passMark")!;
    const { issue: code, text } = describeIssue(issue);
    expect(code).toBe("pass-mark-over-max");
    expect(text.en).toMatch(/^Pass mark 999 exceeds the maximum score \d+$/);
    expect(text.zh).toMatch(/^及格线999分超过了满分\d+分$/);
    expect(() => compileRuleSet(broken)).toThrow(InvalidRuleSetError);
    try {
      compileRuleSet(broken);
    } catch (error) {
      expect((error as InvalidRuleSetError).issues).toContainEqual(expect.objectContaining({ path: "score.passMark", issue: "pass-mark-over-max", text }));
    }
  });

  it("one of zod's own checks keeps zod's English and gets a generic Chinese by zod's code", () => {
    const [issue] = issuesOf({ revenu: 1 });
    expect(describeIssue(issue!)).toEqual({ issue: null, text: { en: issue!.message, zh: "包含无法识别的字段" } });
  });
});

import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EvaluationPanel } from "@/components/eligibility/evaluation-panel";
import { evaluate, getBuiltinRuleSet, type Facts } from "@/lib/rules";
import { renderWithMessages } from "./render-with-messages";

const ruleSet = getBuiltinRuleSet("innovative-2026")!;
const context = { applicationYear: 2026, asOf: "2026-06-01" };

const compliant: Facts = {
  compliance: {
    independentLegalPerson: true,
    smeSize: "small",
    onAbnormalOperationsList: false,
    onSeriousDishonestyList: false,
    bannedOrPhaseOutProducts: false,
    majorAccidentLast3Years: false,
    taxEvasionLast3Years: false,
  },
};

describe("EvaluationPanel", () => {
  it("shows an incomplete evaluation with the missing figures named from the field catalogue", () => {
    const result = evaluate(ruleSet, compliant, context);
    expect(result.outcome).toBe("incomplete");
    renderWithMessages(<EvaluationPanel result={result} locale="en" />);

    expect(screen.getByRole("heading", { level: 2, name: "Eligibility evaluation" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Incomplete");
    const missing = screen.getByTestId("missing-facts");
    expect(within(missing).getByRole("heading", { name: "Missing figures" })).toBeInTheDocument();
    // Every missing path is listed, by its catalogue label rather than its raw path.
    expect(within(missing).getAllByRole("listitem")).toHaveLength(result.missing.length);
    expect(missing).toHaveTextContent("Revenue (2025)");
    // Unknown criteria say so in words, not only by colour or icon.
    expect(screen.getAllByText("Unknown").length).toBeGreaterThan(0);
  });

  it("lists every top-level criterion in a table with clause, value, threshold, result and explanation", () => {
    const facts: Facts = { ...compliant, financials: { "2025": { revenue: 5_000_000, rdExpense: 50_000, employees: 40, rdStaff: 2 } } };
    const result = evaluate(ruleSet, facts, context);
    renderWithMessages(<EvaluationPanel result={result} locale="en" />);

    const tables = screen.getAllByRole("table");
    expect(tables.length).toBeGreaterThan(0);
    const all = [...result.prerequisites, ...result.requirements, ...result.directRoutes, ...(result.score?.blocks.flatMap((b) => b.criteria) ?? [])];
    for (const criterion of all) {
      const row = screen.getAllByTestId(`criterion-${criterion.id}`)[0]!;
      expect(row).toHaveTextContent(criterion.title.en);
      expect(row).toHaveTextContent(criterion.explanation.en);
      if (criterion.clause) expect(row).toHaveTextContent(criterion.clause);
    }
    for (const table of tables) {
      expect(within(table).getByRole("columnheader", { name: "Explanation" })).toBeInTheDocument();
    }
  });

  it("names the failing mandatory criteria and marks them as failed", () => {
    const facts: Facts = { ...compliant, compliance: { ...compliant.compliance, onSeriousDishonestyList: true } };
    const result = evaluate(ruleSet, facts, context);
    expect(result.outcome).toBe("not-eligible");
    renderWithMessages(<EvaluationPanel result={result} locale="en" />);

    expect(screen.getByTestId("outcome-badge")).toHaveTextContent("Not eligible");
    const failing = screen.getByTestId("failing-criteria");
    const failed = result.prerequisites.filter((c) => c.passed === false);
    expect(failed.length).toBeGreaterThan(0);
    for (const c of failed) {
      expect(failing).toHaveTextContent(c.title.en);
      expect(screen.getAllByTestId(`criterion-${c.id}`)[0]).toHaveAttribute("data-status", "failed");
    }
  });

  it("shows the score with a progress bar per block when the rule set scores", () => {
    const result = evaluate(ruleSet, compliant, context);
    expect(result.score).not.toBeNull();
    renderWithMessages(<EvaluationPanel result={result} locale="en" />);
    const bars = screen.getAllByRole("progressbar");
    expect(bars).toHaveLength(1 + result.score!.blocks.length);
    expect(bars[0]).toHaveAttribute("aria-valuemax", String(result.score!.max));
    expect(screen.getByTestId("total-score")).toHaveTextContent(`pass mark ${result.score!.passMark}`);
  });

  it("renders in Chinese with the engine's Chinese explanations", () => {
    const result = evaluate(ruleSet, compliant, context);
    renderWithMessages(<EvaluationPanel result={result} locale="zh-CN" />, "zh-CN");
    expect(screen.getByRole("heading", { level: 2, name: "条件评估" })).toBeInTheDocument();
    expect(screen.getByTestId("outcome-badge")).toHaveTextContent("信息不完整");
    expect(screen.getByTestId("evaluation-summary")).toHaveTextContent(result.summary.zh);
  });

  it("puts a stored evaluation next to a fresh one and says whether the verdict moved", () => {
    const stored = evaluate(ruleSet, compliant, context);
    const fresh = evaluate(ruleSet, { ...compliant, compliance: { ...compliant.compliance, taxEvasionLast3Years: true } }, context);
    renderWithMessages(<EvaluationPanel result={fresh} compareWith={stored} labels={{ current: "Today", compare: "At submission" }} locale="en" />);

    expect(screen.getByRole("heading", { name: "At submission" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Today" })).toBeInTheDocument();
    expect(screen.getByTestId("evaluation-compare")).toHaveAttribute("data-changed", "true");
    expect(within(screen.getByTestId("evaluation-stored")).getByTestId("outcome-badge")).toHaveTextContent("Incomplete");
    expect(within(screen.getByTestId("evaluation-current")).getByTestId("outcome-badge")).toHaveTextContent("Not eligible");
    // Only the fresh evaluation is a live region, so a screen reader is not told twice.
    expect(screen.getAllByRole("status")).toHaveLength(1);
  });
});

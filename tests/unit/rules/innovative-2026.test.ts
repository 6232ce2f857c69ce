import { describe, expect, it } from "vitest";
import { getBuiltinRuleSet, type RuleSet } from "@/lib/rules";
import { describeInnovativeStandard } from "./support/innovative-standard";

const ruleSet = getBuiltinRuleSet("innovative-2026")!;
const ruleSet2022 = getBuiltinRuleSet("innovative-2022")!;

/** The criteria without their clauses, which cite the measure each version is applied under. */
const withoutClauses = (rs: RuleSet) =>
  JSON.parse(JSON.stringify({ p: rs.prerequisites, r: rs.requirements, s: rs.score, d: rs.directRoutes }, (k, v) => (k === "clause" ? undefined : v)));

describe("innovative-2026 keeps the 2022 Annex 1 standard under the 2026 measures", () => {
  it("is in force from 2026-04-01 and cites 工信部企业〔2026〕2号", () => {
    expect(ruleSet).toMatchObject({ tier: "innovative", version: "2026", effectiveFrom: "2026-04-01", effectiveTo: null });
    expect(ruleSet.source.document).toBe("工信部企业〔2026〕2号");
  });
  it("has exactly the 2022 criteria, thresholds and points", () => {
    expect(withoutClauses(ruleSet)).toEqual(withoutClauses(ruleSet2022));
  });
});

describeInnovativeStandard(ruleSet);

import { describe, expect, it } from "vitest";
import { getBuiltinRuleSet } from "@/lib/rules";
import { describeInnovativeStandard } from "./support/innovative-standard";

const ruleSet = getBuiltinRuleSet("innovative-2022")!;

describe("innovative-2022 is the 2022 Annex 1 standard", () => {
  it("is in force from 2022-08-01 to 2026-03-31 and cites 工信部企业〔2022〕63号", () => {
    expect(ruleSet).toMatchObject({ tier: "innovative", version: "2022", effectiveFrom: "2022-08-01", effectiveTo: "2026-03-31", region: null });
    expect(ruleSet.source.document).toBe("工信部企业〔2022〕63号");
  });
});

describeInnovativeStandard(ruleSet);

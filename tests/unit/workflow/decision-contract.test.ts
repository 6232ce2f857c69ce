import { describe, expect, it } from "vitest";
import { APPLICATION_SECTIONS } from "@/lib/application/sections";
import { bulkDecisionInputSchema, decisionInputSchema, decisionInputSchemaFor, REQUIRED } from "@/lib/review/decision-input";
import { APPLICATION_TRANSITIONS, REVIEW_STATUSES, type TransitionsFrom, type ApplicationStatus } from "@/lib/workflow/application-lifecycle";
import { DECISION_ACTIONS, DECISION_REQUIREMENTS, decisionRequirements, missingInputs } from "@/lib/workflow/decision-contract";

const ID = "6f1c1b7e-1d7a-4a52-9a57-3f0c2f3e9b10";

/** A deep copy of the machine's table to change one rule in. */
const copy = (): Record<ApplicationStatus, TransitionsFrom> => structuredClone(APPLICATION_TRANSITIONS) as Record<ApplicationStatus, TransitionsFrom>;

describe("the decision contract is read off the state machine", () => {
  it("each decision requires exactly what the machine's review statuses say", () => {
    for (const action of DECISION_ACTIONS) {
      const fromMachine = new Set(REVIEW_STATUSES.flatMap((status) => APPLICATION_TRANSITIONS[status][action]?.requires ?? []));
      expect([...DECISION_REQUIREMENTS[action]].sort()).toEqual([...fromMachine].sort());
    }
    expect(DECISION_REQUIREMENTS).toEqual({ approve: [], return: ["reason", "sections"], reject: ["reason"] });
  });

  it("changing a rule's requires in the machine changes the contract", () => {
    const table = copy();
    table.municipal_review.approve!.requires = ["reason"];
    expect(decisionRequirements(table).approve).toEqual(["reason"]);
    const lighter = copy();
    for (const status of REVIEW_STATUSES) lighter[status].return!.requires = ["reason"];
    expect(decisionRequirements(lighter).return).toEqual(["reason"]);
  });

  it("what one review level requires is required of the decision everywhere (the union)", () => {
    const table = copy();
    table.ministry_review.reject!.requires = ["reason", "sections"];
    expect(decisionRequirements(table).reject).toEqual(["reason", "sections"]);
  });
});

describe("missingInputs names each required input that is absent", () => {
  it.each([
    ["nothing required, nothing given", [], {}, []],
    ["a reason required and given", ["reason"], { reason: "理由" }, []],
    ["a reason required, none given", ["reason"], {}, ["reason"]],
    ["a reason of blanks counts as none", ["reason"], { reason: "  \n " }, ["reason"]],
    ["a null reason counts as none", ["reason"], { reason: null }, ["reason"]],
    ["sections required, an empty list given", ["reason", "sections"], { reason: "理由", sections: [] }, ["sections"]],
    ["both required, neither given", ["reason", "sections"], {}, ["reason", "sections"]],
    ["both required and given", ["reason", "sections"], { reason: "理由", sections: ["financials"] }, []],
    ["inputs given that are not required are ignored", [], { reason: "理由", sections: ["financials"] }, []],
  ] as const)("%s", (_rule, requires, input, missing) => {
    expect(missingInputs(requires, input)).toEqual(missing);
  });
});

describe("the decision schemas are built from the contract", () => {
  const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

  it("refuses a return without sections, with the error on `sections`", () => {
    const result = decisionInputSchema.safeParse({ applicationId: ID, action: "return", expectedVersion: "2", reason: "请补充审计报告" });
    expect(result.success).toBe(false);
    expect(issuesOf(result)).toEqual([["sections", REQUIRED]]);
  });

  it("refuses a return with neither reason nor sections, with one error on each field", () => {
    const result = decisionInputSchema.safeParse({ applicationId: ID, action: "return", expectedVersion: 2, reason: "   " });
    expect(issuesOf(result)).toEqual([
      ["reason", REQUIRED],
      ["sections", REQUIRED],
    ]);
  });

  it("accepts a complete return and an approval without a reason", () => {
    expect(decisionInputSchema.safeParse({ applicationId: ID, action: "return", expectedVersion: 2, reason: "请补充", sections: "financials" }).success).toBe(
      true,
    );
    expect(decisionInputSchema.safeParse({ applicationId: ID, action: "approve", expectedVersion: 2 }).success).toBe(true);
  });

  it("a file's own requirements (approving needs a reason as an override) make the browser schema ask for it", () => {
    const schema = decisionInputSchemaFor({ ...DECISION_REQUIREMENTS, approve: ["reason"] });
    expect(issuesOf(schema.safeParse({ applicationId: ID, action: "approve", expectedVersion: 2 }))).toEqual([["reason", REQUIRED]]);
    expect(schema.safeParse({ applicationId: ID, action: "approve", expectedVersion: 2, reason: "经核实符合条件" }).success).toBe(true);
  });

  it("the bulk schema follows the same contract", () => {
    const items = [{ applicationId: ID, expectedVersion: 1 }];
    expect(issuesOf(bulkDecisionInputSchema.safeParse({ action: "return", reason: "请补充", items }))).toEqual([["sections", REQUIRED]]);
    expect(bulkDecisionInputSchema.safeParse({ action: "approve", items }).success).toBe(true);
    expect(bulkDecisionInputSchema.safeParse({ action: "return", reason: "请补充", sections: [...APPLICATION_SECTIONS], items }).success).toBe(true);
  });
});

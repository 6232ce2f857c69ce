import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issuesOf } from "@/lib/api/invalid-fields";
import { BUILTIN_RULE_SETS, decide, evaluate, factsSchema } from "@/lib/rules";
import { deeplyNested, nastyString, nastyValue, throughJson } from "../support/hostile-inputs";
import { damagedFacts, plausibleFacts } from "./support/plausible-facts";
import { CONTEXT } from "./support/firms";

/**
 * The eligibility API's own path from body to answer — JSON, factsSchema, then the engine — with
 * random bodies: every input ends either as an evaluation with one of the three outcomes or as a
 * list of invalid fields the API can report, never as an exception. Both ends must be reached, so
 * a schema that refused everything (or accepted everything) would fail this test too.
 */
const OUTCOMES = ["eligible", "not-eligible", "incomplete"];

const body = fc.oneof(
  { weight: 3, arbitrary: plausibleFacts },
  { weight: 3, arbitrary: damagedFacts },
  { weight: 2, arbitrary: nastyValue },
  { weight: 1, arbitrary: fc.dictionary(nastyString, nastyValue, { maxKeys: 5 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3_000 }).map((depth) => ({ financials: deeplyNested(depth) })) },
);

type Ending = "evaluated" | "refused";

function answer(input: unknown, ruleSet: (typeof BUILTIN_RULE_SETS)[number]): Ending {
  const parsed = factsSchema.safeParse(throughJson(input));
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.path).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.messageZh.length).toBeGreaterThan(0);
    }
    expect(() => JSON.stringify(issues)).not.toThrow();
    return "refused";
  }
  const result = evaluate(ruleSet, parsed.data, CONTEXT);
  expect(OUTCOMES).toContain(result.outcome);
  expect(decide(ruleSet, parsed.data, CONTEXT).outcome).toBe(result.outcome);
  expect(JSON.parse(JSON.stringify(result)).outcome).toBe(result.outcome);
  return "evaluated";
}

describe("the eligibility API's schema and engine together, on random bodies", () => {
  it.each(BUILTIN_RULE_SETS.map((rs) => ({ code: rs.code, rs })))(
    "$code: every body is evaluated to one of three outcomes or refused with named fields",
    ({ rs }) => {
      const seen: Record<Ending, number> = { evaluated: 0, refused: 0 };
      fc.assert(
        fc.property(body, (input) => {
          seen[answer(input, rs)] += 1;
        }),
        { numRuns: 150 },
      );
      expect(seen.evaluated).toBeGreaterThan(0);
      expect(seen.refused).toBeGreaterThan(0);
    },
  );

  it("refuses negative money, non-finite numbers and number-looking strings, naming the field", () => {
    for (const revenue of [-0.01, -1e13, "NaN", "1e309", "１００", "100\u200b", null, true, 1e14, 0.001]) {
      const parsed = factsSchema.safeParse(throughJson({ financials: { "2024": { revenue } } }));
      expect(parsed.success, `revenue ${String(revenue)}`).toBe(false);
      expect(issuesOf(parsed.error!).map((i) => i.path)).toContain("financials.2024.revenue");
    }
  });
});

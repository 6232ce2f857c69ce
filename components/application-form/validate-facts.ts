import type { z } from "zod";
import { describeIssue, factsSchema, type Facts, type IssueCode } from "@/lib/rules";
import { pathOf, setFact, type FactsObject } from "./fact-paths";
import type { FieldProblem } from "./field-value";

// The engine names each of its own problems by a code; the form words them from its catalogue.
const MESSAGE_KEYS: Partial<Record<IssueCode, string>> = {
  "main-business-exceeds-revenue": "mainExceedsRevenue",
  "rd-staff-exceeds-employees": "rdStaffExceedsEmployees",
  "ip-subset-exceeds-class-i": "ipSubset",
  "amount-decimals-facts": "decimals",
  "percent-decimals-facts": "decimals",
  "indicator-decimals": "decimals",
};

export function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  switch (issue.code) {
    case "invalid_type":
      return { key: "number" };
    case "too_small":
      return { key: "min", values: { min: Number(issue.minimum) } };
    case "too_big":
      return { key: "max", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: "date" };
    default: {
      const code = describeIssue(issue).issue;
      return { key: (code && MESSAGE_KEYS[code]) ?? "invalid" };
    }
  }
}

export interface CheckedFacts {
  /** The facts that can be saved: every value the schema refuses is left out. */
  valid: Facts;
  problems: Record<string, FieldProblem>;
}

/**
 * Validates the whole facts object with the engine's own schema. A refused value is reported at
 * its path and left out of what is saved, so one mistyped figure never blocks saving the rest.
 */
export function checkFacts(facts: FactsObject): CheckedFacts {
  const problems: Record<string, FieldProblem> = {};
  let candidate = facts;
  for (let attempt = 0; attempt < 5; attempt++) {
    const parsed = factsSchema.safeParse(candidate);
    if (parsed.success) return { valid: parsed.data, problems };
    for (const issue of parsed.error.issues) {
      const path = pathOf(issue.path);
      if (issue.code === "unrecognized_keys") {
        // Keys the catalogue does not know are dropped silently; the form never writes them.
        for (const key of issue.keys) candidate = setFact(candidate, path ? `${path}.${key}` : key, undefined);
        continue;
      }
      problems[path] ??= problemOf(issue);
      candidate = setFact(candidate, path, undefined);
    }
  }
  return { valid: {}, problems: { ...problems, "": { key: "invalid" } } };
}

import type { z } from "zod";
import { factsSchema, type Facts } from "@/lib/rules";
import { pathOf, setFact, type FactsObject } from "./fact-paths";
import type { FieldProblem } from "./field-value";

// The engine's schema speaks English; the form shows each problem in the reader's language.
const CUSTOM_MESSAGES: Record<string, string> = {
  "Main-business revenue cannot exceed total revenue": "mainExceedsRevenue",
  "R&D staff cannot exceed total employees": "rdStaffExceedsEmployees",
  "Cannot exceed the number of class I IP (it is part of it)": "ipSubset",
  "Amounts have at most 2 decimals (whole fen)": "decimals",
  "Percentages have at most 2 decimals": "decimals",
  "At most 2 decimals": "decimals",
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
    default:
      return { key: CUSTOM_MESSAGES[issue.message] ?? "invalid" };
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

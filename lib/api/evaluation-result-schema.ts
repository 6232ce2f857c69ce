import { z } from "zod";
import type { EvaluationResult } from "@/lib/rules";
import { TIERS } from "@/lib/domain/tier";

/**
 * The evaluation result (lib/rules/evaluation-result.ts) as a zod schema, so the OpenAPI document
 * is generated rather than hand-written and API tests can check real answers against it. The
 * type assertion at the bottom fails compilation if the engine's type and this schema drift apart.
 */

const text = z.object({ zh: z.string(), en: z.string() }).describe("The same text in Chinese and English.");

const displayValue = z.object({
  value: z.union([z.number(), z.boolean(), z.string()]).describe("Yuan for amounts, percent for ratios, the number/boolean/option otherwise."),
  unit: z.enum(["yuan", "ratio-percent", "count", "years", "year", "rank", "level", "percent", "number", "boolean", "enum"]),
  zh: z.string(),
  en: z.string(),
});

export interface CriterionResultShape {
  id: string;
  kind: "threshold" | "flag" | "option" | "all-of" | "any-of" | "banded" | "first-match" | "capped-sum" | "best-of";
  clause: string;
  title: { zh: string; en: string };
  mandatory: boolean;
  passed: boolean | null;
  points: number | null;
  pointsMin: number | null;
  pointsMax: number | null;
  maxPoints: number | null;
  actual: z.infer<typeof displayValue> | null;
  threshold: { zh: string; en: string } | null;
  band: { zh: string; en: string } | null;
  missing: string[];
  explanation: { zh: string; en: string };
  unconfirmed: boolean;
  children: CriterionResultShape[] | null;
}

export const criterionResultSchema: z.ZodType<CriterionResultShape> = z.object({
  id: z.string(),
  kind: z.enum(["threshold", "flag", "option", "all-of", "any-of", "banded", "first-match", "capped-sum", "best-of"]),
  clause: z.string().describe("The clause of the measure the criterion encodes."),
  title: text,
  mandatory: z.boolean().describe("Prerequisites and requirements must pass for eligibility."),
  passed: z.boolean().nullable().describe("null when it depends on facts not reported; for a scored criterion, whether it earned points."),
  points: z.number().nullable(),
  pointsMin: z.number().nullable(),
  pointsMax: z.number().nullable(),
  maxPoints: z.number().nullable(),
  actual: displayValue.nullable(),
  threshold: text.nullable().describe('What the criterion requires, e.g. "≥ 3%".'),
  band: text.nullable().describe("For banded criteria: the band the value falls in."),
  missing: z.array(z.string()).describe("Fact paths this criterion needed and did not get."),
  explanation: text,
  unconfirmed: z.boolean(),
  get children() {
    return z.array(criterionResultSchema).nullable();
  },
});

const blockResultSchema = z.object({
  id: z.string(),
  title: text,
  points: z.number().describe("Points secured (a lower bound while facts are missing)."),
  pointsPossible: z.number(),
  max: z.number(),
  minimum: z.number(),
  passed: z.boolean().nullable(),
  criteria: z.array(criterionResultSchema),
});

export const evaluationResultSchema = z.object({
  ruleSet: z.object({ code: z.string(), version: z.string(), tier: z.enum(TIERS), region: z.string().nullable() }),
  applicationYear: z.number().int(),
  asOf: z.string().describe("ISO date at which titles must be valid."),
  outcome: z.enum(["eligible", "not-eligible", "incomplete"]),
  route: z
    .union([z.literal("score"), z.templateLiteral(["direct:", z.string()]), z.literal("requirements"), z.null()])
    .describe('"score", "direct:<route id>", "requirements", or null when not eligible.'),
  score: z
    .object({
      total: z.number(),
      totalPossible: z.number(),
      max: z.number(),
      passMark: z.number(),
      passed: z.boolean().nullable(),
      blocks: z.array(blockResultSchema),
    })
    .nullable(),
  missing: z.array(z.string()).describe("Every fact path the evaluation needed and did not get."),
  summary: text,
  prerequisites: z.array(criterionResultSchema),
  requirements: z.array(criterionResultSchema),
  directRoutes: z.array(criterionResultSchema),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Compile-time guard: the schema describes exactly the engine's result type.
const matches: Same<z.infer<typeof evaluationResultSchema>, EvaluationResult> = true;
void matches;

import { z } from "zod";
import { APPLICATION_SECTIONS } from "@/lib/application/sections";
import { DECISION_ACTIONS, DECISION_REQUIREMENTS, missingInputs, type DecisionAction, type DecisionRequirements } from "@/lib/workflow/decision-contract";

export { DECISION_ACTIONS, DECISION_REQUIREMENTS, type DecisionAction, type DecisionRequirements };

/**
 * What an official sends to decide on a file, as the form and the queue's bulk action post it.
 * The required inputs come from the state machine (lib/workflow/decision-contract.ts), so the
 * browser points at a missing reason before a round trip; the service checks the transition's
 * own requirements (with the file's overrides) again.
 */

/** From the queue an official may approve or return several files at once; rejecting is one by one. */
export const BULK_DECISION_ACTIONS = ["approve", "return"] as const satisfies readonly DecisionAction[];
export type BulkDecisionAction = (typeof BULK_DECISION_ACTIONS)[number];

export const REASON_MAX_LENGTH = 2000;
export const BULK_MAX_ITEMS = 100;

/** The issue message for a missing required input; the form shows its own text for it. */
export const REQUIRED = "required";

/** Checkboxes post nothing, one value, or several: always a list here. */
const sectionsField = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(APPLICATION_SECTIONS)).max(APPLICATION_SECTIONS.length),
);

const reasonField = z.string().trim().max(REASON_MAX_LENGTH).optional();

/** Each missing input becomes an issue on its own field, so the form shows it beside that input. */
const requireInputs =
  (requirements: DecisionRequirements) =>
  (value: { action: DecisionAction; reason?: string | undefined; sections: readonly string[] }, ctx: z.RefinementCtx) => {
    for (const field of missingInputs(requirements[value.action], value)) ctx.addIssue({ code: "custom", path: [field], message: REQUIRED });
  };

/**
 * The decision schema under the given requirements: by default the machine's for any file; the
 * review page passes a file's own (e.g. approving a file judged not eligible needs a reason).
 */
export function decisionInputSchemaFor(requirements: DecisionRequirements = DECISION_REQUIREMENTS) {
  return z
    .object({
      applicationId: z.string().uuid(),
      action: z.enum(DECISION_ACTIONS, { error: REQUIRED }),
      expectedVersion: z.coerce.number().int().positive(),
      reason: reasonField,
      sections: sectionsField,
    })
    .superRefine(requireInputs(requirements));
}

export const decisionInputSchema = decisionInputSchemaFor();
export type DecisionInput = z.infer<typeof decisionInputSchema>;

export const bulkDecisionInputSchema = z
  .object({
    action: z.enum(BULK_DECISION_ACTIONS, { error: REQUIRED }),
    reason: reasonField,
    sections: sectionsField,
    items: z
      .array(z.object({ applicationId: z.string().uuid(), expectedVersion: z.coerce.number().int().positive() }))
      .min(1)
      .max(BULK_MAX_ITEMS),
  })
  .superRefine(requireInputs(DECISION_REQUIREMENTS));
export type BulkDecisionInput = z.infer<typeof bulkDecisionInputSchema>;

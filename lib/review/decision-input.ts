import { z } from "zod";
import { APPLICATION_SECTIONS } from "@/lib/application/sections";

/**
 * What an official sends to decide on a file, as the form and the queue's bulk action post it.
 * Shared by the server action and the form, so the browser can point at a missing reason before
 * a round trip; the service checks the same requirements against the state machine again.
 */

export const DECISION_ACTIONS = ["approve", "return", "reject"] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** From the queue an official may approve or return several files at once; rejecting is one by one. */
export const BULK_DECISION_ACTIONS = ["approve", "return"] as const;
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

/**
 * The requirements of each decision (application-lifecycle.ts: `return` requires a reason and
 * sections, `reject` a reason), tied to the fields so the form can show them beside each input.
 */
function requireInputs(value: { action: DecisionAction; reason?: string | undefined; sections: readonly string[] }, ctx: z.RefinementCtx) {
  if ((value.action === "return" || value.action === "reject") && !value.reason) {
    ctx.addIssue({ code: "custom", path: ["reason"], message: REQUIRED });
  }
  if (value.action === "return" && value.sections.length === 0) {
    ctx.addIssue({ code: "custom", path: ["sections"], message: REQUIRED });
  }
}

export const decisionInputSchema = z
  .object({
    applicationId: z.string().uuid(),
    action: z.enum(DECISION_ACTIONS, { error: REQUIRED }),
    expectedVersion: z.coerce.number().int().positive(),
    reason: reasonField,
    sections: sectionsField,
  })
  .superRefine(requireInputs);
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
  .superRefine(requireInputs);
export type BulkDecisionInput = z.infer<typeof bulkDecisionInputSchema>;

import { z } from "zod";
import { REVOCATION_REASONS } from "@/lib/workflow/revocation-reasons";

/**
 * What officials and firms post to act on a title. Issue messages are codes ("required",
 * "tooLong", "invalid") that the forms put in words in the reader's language.
 */
export const FIELD_ISSUE = { required: "required", tooLong: "tooLong", invalid: "invalid" } as const;

const list = (value: unknown) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]);

export const recognitionRef = {
  recognitionId: z.string().uuid({ error: FIELD_ISSUE.invalid }),
  expectedVersion: z.coerce.number({ error: FIELD_ISSUE.invalid }).int().positive({ error: FIELD_ISSUE.invalid }),
};

const reasonText = z.string({ error: FIELD_ISSUE.required }).trim().min(1, { error: FIELD_ISSUE.required }).max(2000, { error: FIELD_ISSUE.tooLong });

/** Evidence: documents already on file for the firm, and/or a reference (document number, letter). */
const evidence = {
  evidenceDocumentIds: z.preprocess(list, z.array(z.string().uuid({ error: FIELD_ISSUE.invalid })).max(20, { error: FIELD_ISSUE.tooLong })),
  evidenceReference: z.string().trim().max(500, { error: FIELD_ISSUE.tooLong }).optional().default(""),
};

export const cancelRecognitionSchema = z.object({
  ...recognitionRef,
  reasonCategory: z.enum(REVOCATION_REASONS, { error: FIELD_ISSUE.required }),
  reasonText,
  ...evidence,
});
export type CancelRecognitionInput = z.infer<typeof cancelRecognitionSchema>;

/** A province's verification of a little giant, sent to the ministry. */
export const proposeCancellationSchema = cancelRecognitionSchema;
export type ProposeCancellationInput = CancelRecognitionInput;

export const clearFlagSchema = z.object({ ...recognitionRef, reasonText });
export type ClearFlagInput = z.infer<typeof clearFlagSchema>;

export const withdrawRecognitionSchema = z.object({ ...recognitionRef, reasonText });
export type WithdrawRecognitionInput = z.infer<typeof withdrawRecognitionSchema>;

export const startRereviewSchema = z.object({ ...recognitionRef });
export type StartRereviewInput = z.infer<typeof startRereviewSchema>;

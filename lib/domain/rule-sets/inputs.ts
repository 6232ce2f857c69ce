import { z } from "zod";

/** What the rule-set administration forms send; shared by the actions and the services. */

export const createVersionSchema = z.object({ basedOnId: z.string().uuid() });
export type CreateVersionInput = z.infer<typeof createVersionSchema>;

export const saveRuleSetDraftSchema = z.object({
  id: z.string().uuid(),
  /** The edition label of the new version, e.g. "2026 (rev. 2)". */
  version: z.string().trim().min(1).max(40),
  /**
   * Values by definition path as typed (text): the service turns them into numbers so a bad entry
   * comes back as a bilingual error beside its field rather than a bare parse failure.
   */
  values: z.record(
    z
      .string()
      .regex(/^[A-Za-z]+(?:\.[A-Za-z0-9]+)*$/)
      .max(200),
    z.string().max(40),
  ),
});
export type SaveRuleSetDraftInput = z.infer<typeof saveRuleSetDraftSchema>;

export const publishRuleSetSchema = z.object({
  id: z.string().uuid(),
  effectiveFrom: z.iso.date(),
});
export type PublishRuleSetInput = z.infer<typeof publishRuleSetSchema>;

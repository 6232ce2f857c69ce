import { z } from "zod";
import { passwordSchema } from "@/lib/domain/signup/signup-schema";

/**
 * A password set through a single-use link (an invitation; a reset): the link's secret, the new
 * password and the same typed again. Its strength is judged by the service (password-policy).
 */
export const setPasswordByLinkSchema = z
  .object({
    token: z.string().max(200, { error: "invalid" }),
    password: passwordSchema,
    confirm: z.string().max(200),
  })
  .refine((input) => input.confirm === input.password, { path: ["confirm"], error: "mismatch" });
export type SetPasswordByLinkInput = z.infer<typeof setPasswordByLinkSchema>;

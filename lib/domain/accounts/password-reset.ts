import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/domain/signup/signup-schema";

/**
 * The forms of a forgotten or changed password. Messages are codes, keys of the forms'
 * `issues` translations (passwordReset, account); the strength of the new password is judged
 * by the service (lib/auth/password-policy.ts), with the same rule as sign-up.
 */
export const requestPasswordResetSchema = z.object({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

/** The token is checked by the service, which names what is wrong with it; here it only has to be text. */
export const resetPasswordSchema = z
  .object({
    token: z.string().max(200),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "passwordMismatch" });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }).max(200),
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "passwordMismatch" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** A link's secret from the address bar or a form: checked for its shape by the token service. */
export const tokenSchema = z.object({ token: z.string().max(200) });

import { z } from "zod";

/**
 * The sign-up form. Messages are keys into the "signup.errors" translations, so every field
 * error is shown in the reader's language; the credit code's own check (GB 32100) is run by the
 * service, which names the exact problem in both languages.
 */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * The form's part of the password rule: its length. Whether it is too easy to guess is judged by
 * lib/auth/password-policy.ts in the service (its dictionaries stay on the server), which also
 * replaces the old "letters and digits" rule: a long phrase of words is strong without digits,
 * and "password12" has both and is not.
 */
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH, { error: "passwordShort" }).max(200, { error: "passwordLong" });

export const emailSchema = z.string().trim().toLowerCase().min(1, { error: "required" }).max(254).email({ error: "email" });

/** Mainland mobile numbers, or a landline with its area code. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { error: "phone" });

const requiredText = (max: number) => z.string().trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const regionCode = z.string().regex(/^\d{6}$/, { error: "region" });

export const signupSchema = z
  .object({
    creditCode: requiredText(40),
    companyName: z.string().trim().min(2, { error: "companyName" }).max(100, { error: "tooLong" }),
    provinceCode: regionCode,
    cityCode: regionCode,
    countyCode: z.union([regionCode, z.literal("")]).optional(),
    industryCode: z.string().regex(/^[A-T]\d{2}$/, { error: "industry" }),
    contactName: requiredText(50),
    contactEmail: emailSchema,
    contactPhone: phoneSchema,
    password: passwordSchema,
    passwordConfirm: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "passwordMismatch" });

export type SignupInput = z.infer<typeof signupSchema>;

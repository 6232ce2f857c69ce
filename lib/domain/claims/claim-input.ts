import { z } from "zod";
import { emailSchema, passwordSchema, phoneSchema } from "@/lib/domain/signup/signup-schema";

/**
 * The error codes the claim schemas give: keys of `claims.issues` (messages/<locale>/claims.json),
 * which the forms show beside their field. A service's refusal tied to a field comes in words.
 */
export const CLAIM_ISSUE_CODES = [
  "required",
  "tooLong",
  "invalid",
  "email",
  "phone",
  "passwordShort",
  "passwordLong",
  "passwordMismatch",
  "proof",
  "reason",
] as const;
export type ClaimIssue = (typeof CLAIM_ISSUE_CODES)[number];

const issue = (code: ClaimIssue) => ({ error: code });
const requiredText = (max: number) => z.string(issue("required")).trim().min(1, issue("required")).max(max, issue("tooLong"));

/**
 * A person claims a firm that is on the register with no user (docs/decisions/027): the firm's
 * credit code, their contact details and account password, and the proof they uploaded first
 * (/claim/proof). The credit code's own check (GB 32100) and the password's strength are judged
 * by the service, which names the exact problem.
 */
export const claimInputSchema = z
  .object({
    creditCode: requiredText(40),
    contactName: requiredText(50),
    contactEmail: emailSchema,
    contactPhone: phoneSchema,
    password: passwordSchema,
    passwordConfirm: z.string(issue("required")),
    proofDocumentId: z.string(issue("proof")).uuid(issue("proof")),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], ...issue("passwordMismatch") });
export type ClaimInput = z.infer<typeof claimInputSchema>;

/** An official approves a claim (the claimant becomes the firm's administrator) or refuses it with a reason. */
export const claimDecisionSchema = z
  .object({
    claimId: z.string(issue("invalid")).uuid(issue("invalid")),
    decision: z.enum(["approve", "refuse"], issue("required")),
    reason: z
      .string()
      .trim()
      .max(2000, issue("tooLong"))
      .optional()
      .transform((v) => (v ? v : null)),
    version: z.coerce.number(issue("invalid")).int(issue("invalid")).min(1, issue("invalid")),
  })
  .refine((v) => v.decision !== "refuse" || v.reason !== null, { path: ["reason"], ...issue("reason") });
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;

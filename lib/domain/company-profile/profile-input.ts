import { z } from "zod";
import { INDUSTRIES } from "@/lib/demo/industries";

/**
 * What a firm edits of its own record: its contact and its industry. Its legal name, credit code
 * and region change only through a change report its officials accept (docs/decisions/024).
 * Error codes are keys of PROFILE_ISSUES (and of messages/<locale>/companyProfile.json, "issues").
 */
export const PROFILE_ISSUES = {
  required: { zh: "此项为必填项。", en: "This field is required." },
  tooLong: { zh: "内容过长。", en: "This is too long." },
  phone: { zh: "请填写有效的手机号码，或带区号的固定电话。", en: "Enter a valid mobile number or a landline with its area code." },
  email: { zh: "请填写有效的电子邮箱地址。", en: "Enter a valid email address." },
  industry: { zh: "请从列表中选择所属行业。", en: "Choose an industry from the list." },
} as const satisfies Record<string, { zh: string; en: string }>;
export type ProfileIssue = keyof typeof PROFILE_ISSUES;

const issue = (code: ProfileIssue) => ({ error: code });

export const INDUSTRY_CODES = INDUSTRIES.map((industry) => industry.code);

export const companyProfileInputSchema = z.object({
  contactName: z.string(issue("required")).trim().min(1, issue("required")).max(50, issue("tooLong")),
  // Mainland mobile numbers, or a landline with its area code (as at sign-up).
  contactPhone: z
    .string(issue("required"))
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, issue("phone")),
  contactEmail: z.string(issue("required")).trim().toLowerCase().min(1, issue("required")).max(254, issue("tooLong")).email(issue("email")),
  industryCode: z
    .string(issue("industry"))
    .trim()
    .refine((code) => INDUSTRY_CODES.includes(code), issue("industry")),
});
export type CompanyProfileInput = z.infer<typeof companyProfileInputSchema>;

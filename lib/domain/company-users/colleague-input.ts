import { z } from "zod";
import { isRecordId } from "@/lib/domain/record-id";
import { emailSchema } from "@/lib/domain/signup/signup-schema";

/**
 * What the firm's administrator sends about colleagues (docs/decisions/028). Field problems are
 * keys of messages/<locale>/company.json "users.issues"; the services add the ones that need the
 * database (an address that already has an account, a colleague who is not the firm's).
 */
export const inviteColleagueSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(50, { error: "tooLong" }),
  email: emailSchema,
});
export type InviteColleagueInput = z.infer<typeof inviteColleagueSchema>;

export const colleagueRefSchema = z.object({ userId: z.string().refine(isRecordId, { error: "invalid" }) });
export type ColleagueRef = z.infer<typeof colleagueRefSchema>;

/** The bilingual refusals of the colleague services. */
export const COLLEAGUE_REFUSALS = {
  emailTaken: { zh: "该邮箱已有账号。", en: "This email already has an account." },
  notAdministrator: {
    zh: "只有本企业的管理员可以邀请、移除同事或移交管理员。",
    en: "Only your firm's administrator can invite or remove colleagues and hand the role over.",
  },
  removeSelf: {
    zh: "管理员不能移除自己：请先把管理员移交给一位同事。",
    en: "The administrator cannot remove themselves: hand the role over to a colleague first.",
  },
  alreadyRemoved: { zh: "该同事已被移除。", en: "This colleague has already been removed." },
  handOverToSelf: { zh: "您已经是本企业的管理员。", en: "You are already the firm's administrator." },
  handOverNotActive: {
    zh: "只能移交给已设置密码、未被移除的同事。",
    en: "The role can go only to a colleague who has set a password and has not been removed.",
  },
} as const;

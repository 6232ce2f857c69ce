import { z } from "zod";
import { isRecordId } from "@/lib/domain/record-id";
import { regionByCode } from "@/lib/regions";
import type { Role } from "@/lib/domain/roles";
import { emailSchema } from "@/lib/domain/signup/signup-schema";

/**
 * What the account administration forms send (docs/decisions/023). Field problems are codes,
 * keys of messages/<locale>/accounts.json "issues"; the services add the ones that need the
 * database (an address that already has an account, a role the administrator does not manage).
 */
export const MANAGEABLE_ROLES = ["ministry", "provincial", "municipal", "administrator", "expert"] as const satisfies readonly Role[];
export type ManageableRole = (typeof MANAGEABLE_ROLES)[number];

/** An empty jurisdiction is a national account; anything else must be a six-digit code. */
const jurisdictionSchema = z
  .string()
  .trim()
  .regex(/^(\d{6})?$/, { error: "jurisdiction" })
  .transform((code) => (code === "" ? null : code));

const accountIdSchema = z.string().refine(isRecordId, { error: "invalid" });

export const inviteAccountSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, { error: "required" }).max(60, { error: "tooLong" }),
  role: z.enum(MANAGEABLE_ROLES, { error: "role" }),
  jurisdictionCode: jurisdictionSchema.default(""),
});
export type InviteAccountInput = z.infer<typeof inviteAccountSchema>;

export const changeAccountSchema = z.object({
  userId: accountIdSchema,
  role: z.enum(MANAGEABLE_ROLES, { error: "role" }),
  jurisdictionCode: jurisdictionSchema.default(""),
});
export type ChangeAccountInput = z.infer<typeof changeAccountSchema>;

export const accountRefSchema = z.object({ userId: accountIdSchema });
export type AccountRef = z.infer<typeof accountRefSchema>;

/** The level of region each placement asks for; `none` asks for no code at all. */
export function jurisdictionFits(placement: "none" | "province" | "own-province" | "city", code: string | null): boolean {
  if (placement === "none") return code === null;
  if (code === null) return false;
  const level = regionByCode(code)?.level;
  return placement === "city" ? level === "city" : level === "province";
}

/** Where an account stands: invited (no password set yet), active, or disabled. */
export const ACCOUNT_STATES = ["invited", "active", "disabled"] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

export function accountState(account: { activatedAt: Date | null; disabledAt: Date | null }): AccountState {
  if (account.disabledAt) return "disabled";
  return account.activatedAt ? "active" : "invited";
}

export const accountFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(MANAGEABLE_ROLES).optional().catch(undefined),
  state: z.enum(ACCOUNT_STATES).optional().catch(undefined),
  jurisdiction: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AccountFilters = z.infer<typeof accountFiltersSchema>;

/** The bilingual words of the refusals the services raise, beside their fields. */
export const ACCOUNT_REFUSALS = {
  emailTaken: {
    zh: "该邮箱已有账号。如对方尚未激活，可在其账号页重新发送邀请。",
    en: "This email already has an account. If it is still an invitation, resend it from the account's page.",
  },
  roleNotManaged: { zh: "您不能创建或修改此类账号。", en: "You cannot create or change this kind of account." },
  jurisdiction: {
    zh: "所属地区与角色不符：部级账号和专家留空，省级账号选择省份，市级账号选择本省的地市。",
    en: "The jurisdiction does not fit the role: none for national accounts, a province for provincial ones, a city of the province for municipal ones.",
  },
  notInvited: { zh: "该账号已激活，没有待接受的邀请。", en: "This account is already active; there is no open invitation." },
  disabled: { zh: "该账号已停用，请先启用。", en: "This account is disabled; enable it first." },
  alreadyDisabled: { zh: "该账号已停用。", en: "This account is already disabled." },
  notDisabled: { zh: "该账号未停用。", en: "This account is not disabled." },
  unchanged: { zh: "角色和所属地区均未改变。", en: "Neither the role nor the jurisdiction changed." },
} as const;

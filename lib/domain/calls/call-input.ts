import { z } from "zod";
import { isIsoDate } from "@/lib/calendar/iso-date";
import { PROVINCIAL_TIERS, TIERS, type Tier } from "@/lib/domain/tier";

/**
 * What the call administration forms send (docs/decisions/021), shared by the actions, the
 * services and the tests. Each refusal is an issue code tied to its field; CALL_ISSUES holds its
 * words in both languages (messages/<locale>/calls.json "issues" holds the same texts).
 */
export const CALL_ISSUES = {
  invalid: { zh: "填写的内容无效。", en: "This value is not valid." },
  tier: { zh: "请选择层级。", en: "Choose a tier." },
  year: { zh: "年度须为2000至2100之间的整数。", en: "The year must be a whole number from 2000 to 2100." },
  region: {
    zh: "地区须为省级行政区划代码（如350000），全国项目留空。",
    en: "The region must be a province code (e.g. 350000); leave it empty for a national call.",
  },
  littleGiantNational: { zh: "“小巨人”项目只能是全国项目。", en: "A little-giant call can only be a national call." },
  nameZh: { zh: "请填写中文名称（2至100个字符）。", en: "Enter the Chinese name (2 to 100 characters)." },
  nameEn: { zh: "请填写英文名称（2至200个字符）。", en: "Enter the English name (2 to 200 characters)." },
  date: { zh: "请填写有效的日期（年-月-日）。", en: "Enter a valid date (year-month-day)." },
  opensInPast: { zh: "开始日期不能早于今天。", en: "The opening date cannot be before today." },
  closesBeforeOpens: { zh: "截止日期不能早于开始日期。", en: "The closing date cannot be before the opening date." },
  ruleSet: { zh: "请选择规则集。", en: "Choose a rule set." },
  ruleSetTier: { zh: "规则集须为已发布的同层级规则集。", en: "The rule set must be a published rule set of the same tier." },
  noticeDays: { zh: "公示期须为1至60个工作日的整数。", en: "The notice length must be a whole number of 1 to 60 working days." },
  noticeBelowMinimum: { zh: "公示期不能短于全国规定的最短工作日数。", en: "The notice length cannot be shorter than the national minimum." },
  validityYears: { zh: "有效期须为1至10年的整数。", en: "The validity must be a whole number of 1 to 10 years." },
  annualDataDeadline: { zh: "年度数据截止日须为有效的月-日（如04-30）。", en: "The annual-data deadline must be a valid month-day (e.g. 04-30)." },
  cooloffYears: { zh: "再申报限制期须为0至10年的整数。", en: "The cooling-off period must be a whole number of 0 to 10 years." },
  reviewDays: { zh: "预计办理天数须为1至365的整数，或留空。", en: "The expected processing days must be a whole number from 1 to 365, or empty." },
  expertDaysLittleGiant: {
    zh: "专家评审天数只适用于“小巨人”项目（专家只评审“小巨人”申报），其他项目请留空。",
    en: "Expert review days apply only to a little-giant call (experts review only little giants); leave it empty for other calls.",
  },
  overlap: { zh: "同一层级、地区和年度已有申报期重叠的项目。", en: "Another call of the same tier, region and year has an overlapping application window." },
  lockedOnceOpen: { zh: "项目开始申报后不能修改此项（可延长或截止申报）。", en: "This cannot change once the call is open (extend or close it instead)." },
  lockedWithApplications: { zh: "已有企业申报，不能修改此项。", en: "Firms have applied to this call, so this cannot change." },
  alreadyClosing: { zh: "该项目今天已是最后申报日。", en: "Today is already this call's last day." },
  extendLater: { zh: "新的截止日期须晚于当前截止日期。", en: "The new closing date must be after the current one." },
} as const satisfies Record<string, { zh: string; en: string }>;
export type CallIssue = keyof typeof CALL_ISSUES;

const issue = (code: CallIssue) => ({ error: code });
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "MM-DD" of a day every year has (29 February is refused: not every year has it). */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1]! && !(month === 2 && day === 29);
}

const wholeNumber = (min: number, max: number, code: CallIssue) => z.coerce.number(issue(code)).int(issue(code)).min(min, issue(code)).max(max, issue(code));
const isoDate = z.string(issue("date")).refine(isIsoDate, issue("date"));
const optionalDays = z.preprocess((v) => (v === "" || v === null || v === undefined ? null : v), wholeNumber(1, 365, "reviewDays").nullable());

/** A call's fields as a form sends them. `regionCode` "" (or "national") is a national call. */
export const callFieldsSchema = z.object({
  tier: z.enum(TIERS, issue("tier")),
  year: wholeNumber(2000, 2100, "year"),
  regionCode: z.preprocess(
    (v) => (v === "" || v === "national" || v === undefined ? null : v),
    z
      .string(issue("region"))
      .regex(/^\d{2}0000$/, issue("region"))
      .nullable(),
  ),
  nameZh: z.string(issue("nameZh")).trim().min(2, issue("nameZh")).max(100, issue("nameZh")),
  nameEn: z.string(issue("nameEn")).trim().min(2, issue("nameEn")).max(200, issue("nameEn")),
  opensOn: isoDate,
  closesOn: isoDate,
  ruleSetId: z.string(issue("ruleSet")).uuid(issue("ruleSet")),
  noticeWorkingDays: wholeNumber(1, 60, "noticeDays"),
  validityYears: wholeNumber(1, 10, "validityYears"),
  annualDataDeadline: z.string(issue("annualDataDeadline")).refine(isMonthDay, issue("annualDataDeadline")),
  cooloffYears: wholeNumber(0, 10, "cooloffYears"),
  municipalReviewDays: optionalDays,
  provincialReviewDays: optionalDays,
  ministryReviewDays: optionalDays,
  expertReviewDays: optionalDays,
});
export type CallFields = z.infer<typeof callFieldsSchema>;
export const CALL_FIELDS = Object.keys(callFieldsSchema.shape) as (keyof CallFields)[];

/** The checks across fields, on a whole call (a new one, or an edited one merged with what it was). */
export function crossFieldIssues(
  call: Pick<CallFields, "tier" | "regionCode" | "opensOn" | "closesOn"> & Partial<Pick<CallFields, "expertReviewDays">>,
): { field: keyof CallFields; issue: CallIssue }[] {
  const issues: { field: keyof CallFields; issue: CallIssue }[] = [];
  if (call.closesOn < call.opensOn) issues.push({ field: "closesOn", issue: "closesBeforeOpens" });
  // MIIT runs the little-giant tier; a province runs only tiers 1 and 2 (rules.md, tier table).
  if (call.regionCode !== null && !(PROVINCIAL_TIERS as readonly Tier[]).includes(call.tier))
    issues.push({ field: "regionCode", issue: "littleGiantNational" });
  if (call.expertReviewDays != null && (PROVINCIAL_TIERS as readonly Tier[]).includes(call.tier))
    issues.push({ field: "expertReviewDays", issue: "expertDaysLittleGiant" });
  return issues;
}

export const createCallSchema = callFieldsSchema.superRefine((call, ctx) => {
  for (const { field, issue: code } of crossFieldIssues(call)) ctx.addIssue({ code: "custom", path: [field], message: code });
});
export type CreateCallInput = z.infer<typeof createCallSchema>;

/** An edit sends the fields it changes (a locked field's input is disabled and not sent). */
export const editCallSchema = callFieldsSchema.partial().extend({ id: z.string().uuid() });
export type EditCallInput = z.infer<typeof editCallSchema>;

export const callIdSchema = z.object({ id: z.string().uuid() });
export type CallIdInput = z.infer<typeof callIdSchema>;

export const extendCallSchema = z.object({ id: z.string().uuid(), closesOn: isoDate });
export type ExtendCallInput = z.infer<typeof extendCallSchema>;

/**
 * A call's public code, as the seed and the importer spell it: `little-giant-2026` for the
 * national tier, `innovative-350000-2027` for a province's; a national call of tiers 1 and 2
 * says `national`. A second call with the same parts gets `-2`, `-3`, … (`taken` says which are used).
 */
export function callCode(call: Pick<CallFields, "tier" | "regionCode" | "year">, taken: (code: string) => boolean): string {
  const base =
    call.tier === "little-giant" && call.regionCode === null ? `little-giant-${call.year}` : `${call.tier}-${call.regionCode ?? "national"}-${call.year}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

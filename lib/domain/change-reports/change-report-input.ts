import { z } from "zod";
import { isIsoDate } from "@/lib/calendar/iso-date";

/**
 * Major changes a recognised firm must report (rules.md, "Dynamic management": major changes),
 * as structured reports that take effect when the firm's officials accept them
 * (docs/decisions/024): a rename, a merger or restructuring (which may bring a new name), a move
 * to another county, city or province. "other" is what the free-text reports made before became;
 * it is never submitted anew and takes no effect.
 */
export const CHANGE_KINDS = ["rename", "merger", "move"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type StoredChangeKind = ChangeKind | "other";

export const CHANGE_KIND_LABELS = {
  rename: { zh: "企业更名", en: "Rename" },
  merger: { zh: "合并、分立、重组", en: "Merger or restructuring" },
  move: { zh: "迁移注册地", en: "Move of registered address" },
  other: { zh: "其他变化", en: "Other change" },
} as const satisfies Record<StoredChangeKind, { zh: string; en: string }>;

/** The kinds the free-text reports had, kept in the payload of an "other" report. */
export const LEGACY_KIND_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  rename: { zh: "企业更名", en: "Rename" },
  merger: { zh: "合并（兼并）", en: "Merger" },
  restructuring: { zh: "分立、重组", en: "Split or restructuring" },
  relocation: { zh: "迁往外省（区、市）", en: "Moving to another province" },
};

/** "Report within 3 months" (rules.md). */
export const CHANGE_REPORT_MONTHS = 3;
/** Evidence files one report may carry. */
export const MAX_CHANGE_REPORT_DOCUMENTS = 10;

/**
 * The error codes the schema gives, each with its words in both languages; the form shows them
 * beside their field (messages/<locale>/changeReports.json, "issues", holds the same texts).
 */
export const CHANGE_REPORT_ISSUES = {
  required: { zh: "此项为必填项。", en: "This field is required." },
  tooLong: { zh: "内容过长。", en: "This is too long." },
  invalid: { zh: "填写的内容无效。", en: "This value is not valid." },
  kind: { zh: "请选择变化类型。", en: "Choose what changed." },
  date: { zh: "请填写有效的日期（年-月-日）。", en: "Enter a valid date (year-month-day)." },
  nameZh: { zh: "请填写新的中文名称（2至100个字符）。", en: "Enter the new Chinese name (2 to 100 characters)." },
  nameEn: { zh: "英文名称只能包含英文字母、数字和常用标点。", en: "The English name may hold Latin letters, digits and common punctuation only." },
  region: { zh: "请选择迁入地的区县或城市。", en: "Choose the county or city the firm moves to." },
  documents: { zh: "请至少上传一份证明材料。", en: "Upload at least one supporting document." },
  tooManyDocuments: {
    zh: `每份报告最多附${MAX_CHANGE_REPORT_DOCUMENTS}份材料。`,
    en: `A report carries at most ${MAX_CHANGE_REPORT_DOCUMENTS} documents.`,
  },
  reason: { zh: "不予通过时必须说明理由。", en: "A refusal needs a reason." },
} as const satisfies Record<string, { zh: string; en: string }>;
export type ChangeReportIssue = keyof typeof CHANGE_REPORT_ISSUES;

const issue = (code: ChangeReportIssue) => ({ error: code });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, issue("tooLong"))
    .optional()
    .transform((v) => (v ? v : null));

export const newNameZhSchema = z.string(issue("nameZh")).trim().min(2, issue("nameZh")).max(100, issue("nameZh"));
export const newNameEnSchema = z
  .string()
  .trim()
  .max(200, issue("tooLong"))
  .regex(/^[A-Za-z0-9 .,&()'\-/]*$/, issue("nameEn"))
  .optional()
  .transform((v) => (v ? v : null));

/** A form's one or many `documentIds` fields, as a list. */
const documentIds = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
  z
    .array(z.string().uuid(issue("documents")))
    .min(1, issue("documents"))
    .max(MAX_CHANGE_REPORT_DOCUMENTS, issue("tooManyDocuments")),
);

const common = {
  effectiveOn: z.string(issue("required")).trim().min(1, issue("required")).refine(isIsoDate, issue("date")),
  details: optionalText(4000),
  documentIds,
};

export const changeReportInputSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("rename"), newNameZh: newNameZhSchema, newNameEn: newNameEnSchema, ...common }),
    z.object({
      kind: z.literal("merger"),
      description: z.string(issue("required")).trim().min(1, issue("required")).max(4000, issue("tooLong")),
      newNameZh: z
        .string()
        .trim()
        .max(100, issue("nameZh"))
        .refine((v) => v === "" || v.length >= 2, issue("nameZh"))
        .optional()
        .transform((v) => (v ? v : null)),
      newNameEn: newNameEnSchema,
      ...common,
    }),
    z.object({
      kind: z.literal("move"),
      newRegionCode: z
        .string(issue("region"))
        .trim()
        .regex(/^\d{6}$/, issue("region")),
      ...common,
    }),
  ],
  issue("kind"),
);
export type ChangeReportInput = z.infer<typeof changeReportInputSchema>;

/** The firm as it was when it reported, kept with the report to show and audit before → after. */
export interface CompanySnapshot {
  nameZh: string;
  nameEn: string | null;
  regionCode: string;
  cityCode: string;
  provinceCode: string;
}

/** What a report asks for (ChangeReport.payload). */
export type ChangeReportPayload =
  | { kind: "rename"; newNameZh: string; newNameEn: string | null; before?: CompanySnapshot }
  | { kind: "merger"; description: string; newNameZh: string | null; newNameEn: string | null; before?: CompanySnapshot }
  | { kind: "move"; newRegionCode: string; newCityCode: string; newProvinceCode: string; before?: CompanySnapshot }
  | { kind: "other"; legacyKind?: string };

/** The payload of a valid input, with the target city and province already resolved for a move. */
export function payloadOf(input: ChangeReportInput, before: CompanySnapshot, target?: { cityCode: string; provinceCode: string }): ChangeReportPayload {
  switch (input.kind) {
    case "rename":
      return { kind: "rename", newNameZh: input.newNameZh, newNameEn: input.newNameEn, before };
    case "merger":
      return { kind: "merger", description: input.description, newNameZh: input.newNameZh, newNameEn: input.newNameEn, before };
    case "move":
      if (!target) throw new Error("a move needs its resolved target");
      return { kind: "move", newRegionCode: input.newRegionCode, newCityCode: target.cityCode, newProvinceCode: target.provinceCode, before };
  }
}

/** Reads a stored payload; anything unreadable is an "other" report that takes no effect. */
export function parsePayload(kind: string, value: unknown): ChangeReportPayload {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === "string" ? x : null);
  const before = v.before as CompanySnapshot | undefined;
  if (kind === "rename" && str(v.newNameZh)) return { kind, newNameZh: str(v.newNameZh)!, newNameEn: str(v.newNameEn), before };
  if (kind === "merger" && str(v.description) !== null)
    return { kind, description: str(v.description)!, newNameZh: str(v.newNameZh), newNameEn: str(v.newNameEn), before };
  if (kind === "move" && str(v.newRegionCode) && str(v.newCityCode) && str(v.newProvinceCode))
    return { kind, newRegionCode: str(v.newRegionCode)!, newCityCode: str(v.newCityCode)!, newProvinceCode: str(v.newProvinceCode)!, before };
  return { kind: "other", ...(str(v.legacyKind) ? { legacyKind: str(v.legacyKind)! } : {}) };
}

/** The new name a payload brings, if any. */
export function newNameOf(payload: ChangeReportPayload): { nameZh: string; nameEn: string | null } | null {
  if (payload.kind === "rename") return { nameZh: payload.newNameZh, nameEn: payload.newNameEn };
  if (payload.kind === "merger" && payload.newNameZh) return { nameZh: payload.newNameZh, nameEn: payload.newNameEn };
  return null;
}

/** Whether a stored kind is one of the structured kinds (labels fall back to "other"). */
export function storedKindOf(kind: string): StoredChangeKind {
  return (CHANGE_KINDS as readonly string[]).includes(kind) ? (kind as ChangeKind) : "other";
}

/** The decision an official gives; a refusal needs a reason (checked by the lifecycle too). */
export const changeReportDecisionSchema = z
  .object({
    changeReportId: z.string().uuid(issue("invalid")),
    decision: z.enum(["accept", "refuse"], issue("required")),
    reason: optionalText(2000),
    version: z.coerce.number(issue("invalid")).int(issue("invalid")).min(1, issue("invalid")),
  })
  .refine((v) => v.decision !== "refuse" || v.reason !== null, { path: ["reason"], ...issue("reason") });
export type ChangeReportDecision = z.infer<typeof changeReportDecisionSchema>;

export const changeReportWithdrawalSchema = z.object({
  changeReportId: z.string().uuid(issue("invalid")),
  version: z.coerce.number(issue("invalid")).int(issue("invalid")).min(1, issue("invalid")),
});

import { z } from "zod";
import { isIsoDate } from "@/lib/calendar/iso-date";

/** Major changes a recognised firm must report (rules.md, "Dynamic management": major changes). */
export const CHANGE_KINDS = ["rename", "merger", "restructuring", "relocation"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS = {
  rename: { zh: "企业更名", en: "Rename" },
  merger: { zh: "合并（兼并）", en: "Merger" },
  restructuring: { zh: "分立、重组", en: "Split or restructuring" },
  relocation: { zh: "迁往外省（区、市）", en: "Moving to another province" },
} as const satisfies Record<ChangeKind, { zh: string; en: string }>;

/** "Report within 3 months" (rules.md). */
export const CHANGE_REPORT_MONTHS = 3;

export const changeReportInputSchema = z.object({
  kind: z.enum(CHANGE_KINDS, { error: "required" }),
  effectiveOn: z.string({ error: "required" }).trim().min(1, { error: "required" }).refine(isIsoDate, { error: "invalid" }),
  details: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(4000, { error: "tooLong" }),
});
export type ChangeReportInput = z.infer<typeof changeReportInputSchema>;

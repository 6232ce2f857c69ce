import type { Tier } from "@/generated/prisma/client";
import { EVENT_KIND_LABELS, isEventKind, OTHER_REASON_LABELS } from "@/lib/domain/recognitions/event-kinds";
import { REVOCATION_REASON_INFO, REVOCATION_REASONS, type RevocationReason } from "@/lib/workflow/revocation-reasons";

/** Domain words in both languages, for pages and components of this area. */
export const pick = (text: { zh: string; en: string }, locale: string): string => (locale === "en" ? text.en : text.zh);

export const TIER_LABELS = {
  innovative: { zh: "创新型中小企业", en: "Innovative SME" },
  specialized: { zh: "专精特新中小企业", en: "Specialized SME" },
  little_giant: { zh: "专精特新“小巨人”企业", en: "Little giant" },
} as const satisfies Record<Tier, { zh: string; en: string }>;

const isRevocationReason = (value: string): value is RevocationReason => (REVOCATION_REASONS as readonly string[]).includes(value);

/** A reason category in words: a revocation reason, another exit reason, or the code itself. */
export function reasonLabel(category: string | null, locale: string): string | null {
  if (!category) return null;
  if (isRevocationReason(category)) return pick(REVOCATION_REASON_INFO[category].label, locale);
  if (category in OTHER_REASON_LABELS) return pick(OTHER_REASON_LABELS[category as keyof typeof OTHER_REASON_LABELS], locale);
  if (category === "late") return pick({ zh: "逾期报送", en: "submitted late" }, locale);
  if (category === "withdrawn_by_firm") return pick({ zh: "企业申请退出", en: "at the firm's request" }, locale);
  if (category === "criteria-not-met") return pick({ zh: "年度数据不再符合认定条件", en: "annual data no longer meet the conditions" }, locale);
  return category;
}

export function eventLabel(kind: string, locale: string): string {
  return isEventKind(kind) ? pick(EVENT_KIND_LABELS[kind], locale) : kind;
}

/** Dates as people in China read them, the same on the server and in the browser. */
export function formatDay(iso: string | Date | null, locale: string): string {
  if (iso === null) return "—";
  const date = typeof iso === "string" ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : iso;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

export function formatInstant(date: Date | null, locale: string): string {
  if (date === null) return "—";
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(date);
}

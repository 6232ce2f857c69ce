import { RECOGNITION_STATUS_LABELS } from "@/lib/workflow/recognition-lifecycle";
import type { PublicStatus, RegisterTier } from "./register-query";

/** The titles as the measures name them (rules.md, tier table). */
export const TIER_LABELS: Record<RegisterTier, { zh: string; en: string }> = {
  innovative: { zh: "创新型中小企业", en: "Innovative SME" },
  specialized: { zh: "专精特新中小企业", en: "Specialized SME" },
  little_giant: { zh: "专精特新“小巨人”企业", en: "Little giant" },
};

export const PUBLIC_STATUS_LABELS: Record<PublicStatus, { zh: string; en: string }> = {
  active: RECOGNITION_STATUS_LABELS.active,
  expired: RECOGNITION_STATUS_LABELS.expired,
  revoked: RECOGNITION_STATUS_LABELS.revoked,
  withdrawn: RECOGNITION_STATUS_LABELS.withdrawn,
};

export const AUTHORITY_MIIT = { zh: "工业和信息化部", en: "MIIT" };

export type Locale = "zh" | "en";
export const pick = (text: { zh: string; en: string }, locale: Locale) => (locale === "en" ? text.en : text.zh);

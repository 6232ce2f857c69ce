import type { Bilingual } from "./transition-refusal";

/**
 * Why a title is revoked (rules.md, "Dynamic management": cancellation and major changes).
 * `forCause` marks the reasons after which the firm may not apply again for 3 years
 * ("re-applying: not before 3 years after a cancellation for cause"); see
 * lib/calendar/validity `earliestReapplicationDate`.
 */
export const REVOCATION_REASONS = [
  "major_safety_accident",
  "major_quality_accident",
  "major_environmental_accident",
  "serious_dishonesty",
  "tax_evasion",
  "falsified_data",
  "no_longer_qualifies_after_change",
  "failure_to_report",
  "confirmed_fraud_complaint",
] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export interface RevocationReasonInfo {
  label: Bilingual;
  forCause: boolean;
}

export const REVOCATION_REASON_INFO = {
  // Safety includes cyber and data security (rules.md, preconditions).
  major_safety_accident: {
    label: { zh: "发生重大安全（含网络安全、数据安全）事故", en: "Major safety accident (including cyber and data security)" },
    forCause: true,
  },
  major_quality_accident: { label: { zh: "发生重大质量事故", en: "Major quality accident" }, forCause: true },
  major_environmental_accident: {
    label: { zh: "发生重大环境污染事故", en: "Major environmental accident" },
    forCause: true,
  },
  serious_dishonesty: { label: { zh: "存在严重失信行为", en: "Serious dishonesty" }, forCause: true },
  tax_evasion: { label: { zh: "偷税漏税", en: "Tax evasion" }, forCause: true },
  falsified_data: { label: { zh: "提供虚假数据或材料", en: "Falsified data or materials" }, forCause: true },
  // A firm that merely stops qualifying after a merger, relocation or restructuring has done
  // nothing wrong: rules.md cancels it without listing it among the causes.
  no_longer_qualifies_after_change: {
    label: {
      zh: "发生更名、合并、重组、跨省迁移等重大变化后不再符合认定条件",
      en: "No longer qualifies after a major change (merger, relocation, restructuring)",
    },
    forCause: false,
  },
  // rules.md requires the report within 3 months but does not list a missed report among the
  // causes for cancellation (?): not for cause until the measures are confirmed.
  failure_to_report: {
    label: { zh: "发生重大变化未按规定在3个月内报告", en: "Major change not reported within 3 months" },
    forCause: false,
  },
  confirmed_fraud_complaint: {
    label: { zh: "经查实的弄虚作假投诉", en: "Confirmed complaint of fraud" },
    forCause: true,
  },
} as const satisfies Record<RevocationReason, RevocationReasonInfo>;

/** Whether a revocation for this reason starts the re-application cooling-off. */
export function isForCause(reason: RevocationReason): boolean {
  return REVOCATION_REASON_INFO[reason].forCause;
}

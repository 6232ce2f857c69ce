import type { DbTier as Tier } from "@/lib/domain/tier";

/** Letters that say which title a certificate is for (创新 / 专精特新 / 小巨人). */
export const CERTIFICATE_TIER_PREFIX: Record<Tier, string> = {
  innovative: "CX",
  specialized: "ZJTX",
  little_giant: "XJR",
};

/**
 * The fixed part of a batch's certificate numbers: title, issuing authority (province code or
 * MIIT), year and batch ordinal; the announcement appends a six-digit serial in credit-code order.
 * Ordinals are unique per authority, tier and year, so numbers never collide across batches.
 */
export function certificatePrefix(batch: { tier: Tier; authorityCode: string | null; year: number; ordinal: number }): string {
  return `${CERTIFICATE_TIER_PREFIX[batch.tier]}-${batch.authorityCode ?? "MIIT"}-${batch.year}-${String(batch.ordinal).padStart(2, "0")}-`;
}

import type { ReviewLevel } from "@/lib/workflow/application-lifecycle";

/**
 * What "approve" means at each review level and tier (rules.md, Procedure): the city sends a
 * file up to the province; the province recognises tiers 1 and 2 itself (the file then waits for
 * a batch) and recommends little giants to MIIT; MIIT's approval is final.
 */
export type ApproveKind = "send-to-province" | "recognise" | "recommend" | "final";

type DbTier = "innovative" | "specialized" | "little_giant";

const APPROVAL_AT_LEVEL: Record<ReviewLevel, (tier: DbTier) => ApproveKind> = {
  municipal: () => "send-to-province",
  provincial: (tier) => (tier === "little_giant" ? "recommend" : "recognise"),
  ministry: () => "final",
};

export function approveKindFor(level: ReviewLevel, tier: DbTier): ApproveKind {
  return APPROVAL_AT_LEVEL[level](tier);
}

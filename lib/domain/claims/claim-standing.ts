/**
 * Where a claim stands (docs/decisions/027). Stored statuses are pending, approved and refused;
 * a pending claim is "waiting" while an earlier pending claim for the same firm is undecided —
 * claims are decided one at a time, in the order they came, so the first claimant is never
 * overtaken. Approval or refusal is final.
 */
export const CLAIM_STATUSES = ["pending", "approved", "refused"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_STANDINGS = ["pending", "waiting", "approved", "refused"] as const;
export type ClaimStanding = (typeof CLAIM_STANDINGS)[number];

export type ClaimDecisionKind = "approve" | "refuse";

interface Bilingual {
  zh: string;
  en: string;
}

export const CLAIM_STANDING_LABELS = {
  pending: { zh: "待审核", en: "Awaiting decision" },
  waiting: { zh: "排队等候", en: "Waiting" },
  approved: { zh: "已通过", en: "Approved" },
  refused: { zh: "未通过", en: "Refused" },
} as const satisfies Record<ClaimStanding, Bilingual>;

/** A stored status and the number of earlier undecided claims for the same firm, as a standing. */
export function standingOf(status: ClaimStatus, earlierPending: number): ClaimStanding {
  return status === "pending" && earlierPending > 0 ? "waiting" : status;
}

/** The decisions an official may take on a claim in this standing: only the first pending claim is decided. */
export function allowedClaimDecisions(standing: ClaimStanding): ClaimDecisionKind[] {
  return standing === "pending" ? ["approve", "refuse"] : [];
}

export type ClaimDecisionCheck = { ok: true; to: "approved" | "refused" } | { ok: false; code: "waiting" | "decided" | "missing-reason"; message: Bilingual };

/** Whether this decision may be taken now, and what the claim becomes; a refused decision says why. */
export function checkClaimDecision(standing: ClaimStanding, decision: ClaimDecisionKind, reason: string | null): ClaimDecisionCheck {
  if (standing === "waiting") {
    return {
      ok: false,
      code: "waiting",
      message: {
        zh: "该认领申请排在同一企业较早的申请之后，须先处理较早的申请。",
        en: "This claim waits behind an earlier claim for the same firm; decide that one first.",
      },
    };
  }
  if (standing !== "pending") {
    const label = CLAIM_STANDING_LABELS[standing];
    return { ok: false, code: "decided", message: { zh: `该认领申请${label.zh}，不能再次处理。`, en: `This claim is already ${label.en.toLowerCase()}.` } };
  }
  if (decision === "refuse" && !reason) {
    return { ok: false, code: "missing-reason", message: { zh: "不予通过时必须说明理由。", en: "A refusal needs a reason." } };
  }
  return { ok: true, to: decision === "approve" ? "approved" : "refused" };
}

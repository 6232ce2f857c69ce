import "server-only";
import { may } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { standingOf, type ClaimStanding } from "@/lib/domain/claims/claim-standing";
import { isRecordId } from "@/lib/domain/record-id";
import { notFound } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";

export const CLAIM_WORD = { zh: "企业认领申请", en: "company claim" } as const;

export const CLAIM_SELECT = {
  id: true,
  companyId: true,
  claimantId: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  proofDocumentId: true,
  status: true,
  version: true,
  decidedAt: true,
  decisionReason: true,
  createdAt: true,
  company: { select: { id: true, nameZh: true, nameEn: true, creditCode: true, cityCode: true, provinceCode: true } },
} as const;

/**
 * A claim for an official who may decide it: the firm's city's officials and its province's
 * (claim:decide). Anyone else with the permission gets "not found", so ids cannot be probed;
 * anyone without it, 403.
 */
export async function loadClaimInScope(tx: Tx, actor: Actor, claimId: string) {
  requirePermission(actor, "claim:decide");
  if (!isRecordId(claimId)) throw notFound(CLAIM_WORD);
  const claim = await tx.companyClaim.findUnique({ where: { id: claimId }, select: CLAIM_SELECT });
  if (!claim || !may(actor, "claim:decide", { cityCode: claim.company.cityCode, provinceCode: claim.company.provinceCode })) throw notFound(CLAIM_WORD);
  return claim;
}

/** The pending claims for a firm, oldest first: the order they are decided in. */
export async function pendingClaimsOf(tx: Tx, companyId: string) {
  return tx.companyClaim.findMany({
    where: { companyId, status: "pending" },
    select: { id: true, claimantId: true, version: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** A claim's standing: a pending one waits while an earlier pending claim for the firm is undecided. */
export async function standingIn(tx: Tx, claim: { id: string; companyId: string; status: "pending" | "approved" | "refused" }): Promise<ClaimStanding> {
  if (claim.status !== "pending") return claim.status;
  const queue = await pendingClaimsOf(tx, claim.companyId);
  return standingOf(
    claim.status,
    Math.max(
      0,
      queue.findIndex((c) => c.id === claim.id),
    ),
  );
}

import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { ClaimDecision } from "@/lib/domain/claims/claim-input";
import { checkClaimDecision } from "@/lib/domain/claims/claim-standing";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { notify, type NotificationMessage } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";
import { loadClaimInScope, pendingClaimsOf, standingIn } from "./claim-scope";

type LoadedClaim = Awaited<ReturnType<typeof loadClaimInScope>>;

export interface ClaimDecisionOutcome {
  claimId: string;
  status: "approved" | "refused";
  /** The claims for the same firm refused with it, because the firm now has its administrator. */
  alsoRefused: string[];
}

/** Moves a pending claim on, conditional on the version the caller read (one success, one conflict). */
async function closeClaim(
  tx: Tx,
  claim: { id: string; version: number },
  data: { status: "approved" | "refused"; decidedById: string; decidedAt: Date; decisionReason: string | null },
) {
  const updated = await tx.companyClaim.updateMany({
    where: { id: claim.id, status: "pending", version: claim.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw staleVersion();
}

const refusedMessage = (claim: LoadedClaim, reason: string): NotificationMessage => ({
  kind: "claim.refused",
  title: { zh: `您对${claim.company.nameZh}的认领申请未通过`, en: `Your claim for ${claim.company.nameZh} was refused` },
  body: { zh: `理由：${reason}`, en: `Reason: ${reason}` },
  link: "/claim/status",
});

/**
 * An official of the firm's city or province decides the first pending claim for the firm
 * (docs/decisions/027). Approval, in one transaction: the claimant's account becomes the firm's
 * (its first user, so its administrator), the claim is approved, every later claim for the firm is
 * refused with the reason that the firm has been claimed, each with its audit entry, and each
 * claimant hears of it in the inbox and by email. Refusal keeps the reason and tells the
 * claimant; their account stays without a company. A claim waiting behind an earlier one, a
 * decided one, or a stale page is refused as a conflict.
 */
export async function decideClaim(actor: Actor, input: ClaimDecision, now = systemNow()): Promise<ClaimDecisionOutcome> {
  const db = await prisma();
  const run = () =>
    db.$transaction(async (tx) => {
      const claim = await loadClaimInScope(tx, actor, input.claimId);
      const check = checkClaimDecision(await standingIn(tx, claim), input.decision, input.reason);
      if (!check.ok) {
        if (check.code === "missing-reason") throw new DomainError("invalid", check.message, { field: "reason" });
        throw new DomainError("conflict", check.message, { code: check.code });
      }
      if (claim.version !== input.version) throw staleVersion();
      const decided = { decidedById: actor.id, decidedAt: now };
      const messages: { audience: { id: string }[]; message: NotificationMessage }[] = [];
      const alsoRefused: string[] = [];

      if (check.to === "refused") {
        const reason = input.reason!;
        await closeClaim(tx, claim, { status: "refused", ...decided, decisionReason: reason });
        await appendAudit(tx, actor, {
          action: "company-claim.refuse",
          entityType: "company",
          entityId: claim.companyId,
          fromStatus: "pending",
          toStatus: "refused",
          reason,
          data: { claimId: claim.id, claimantId: claim.claimantId },
        });
        messages.push({ audience: [{ id: claim.claimantId }], message: refusedMessage(claim, reason) });
      } else {
        if ((await tx.user.count({ where: { companyId: claim.companyId } })) > 0) {
          throw new DomainError("conflict", {
            zh: "该企业已有账号，不能再通过认领申请。",
            en: "The firm already has accounts; a claim can no longer be approved.",
          });
        }
        await closeClaim(tx, claim, { status: "approved", ...decided, decisionReason: input.reason });
        const joined = await tx.user.updateMany({
          where: { id: claim.claimantId, role: "company", companyId: null, disabledAt: null },
          // The claimant is the firm's first user, and so its administrator (docs/decisions/028).
          data: { companyId: claim.companyId, companyAdministrator: true },
        });
        if (joined.count !== 1) {
          throw new DomainError("conflict", {
            zh: "申请人的账号已停用或已属于其他企业，不能通过。",
            en: "The claimant's account is disabled or belongs to another firm; the claim cannot be approved.",
          });
        }
        await appendAudit(tx, actor, {
          action: "company-claim.approve",
          entityType: "company",
          entityId: claim.companyId,
          fromStatus: "pending",
          toStatus: "approved",
          reason: input.reason,
          data: { claimId: claim.id, claimantId: claim.claimantId, before: { companyId: null }, after: { companyId: claim.companyId } },
        });
        messages.push({
          audience: [{ id: claim.claimantId }],
          message: {
            kind: "claim.approved",
            title: { zh: `您对${claim.company.nameZh}的认领申请已通过`, en: `Your claim for ${claim.company.nameZh} was approved` },
            body: {
              zh: "您现在是该企业在平台上的管理员，请重新登录后报送年度数据、管理企业用户。",
              en: "You are now the firm's administrator on the portal. Sign in again to file its annual data and manage its users.",
            },
            link: "/company",
          },
        });
        // The firm has its administrator: the claims behind this one can no longer succeed.
        const reason = `该企业已于${chinaDate(now)}由其他申请人认领。/ The firm was claimed by another person on ${chinaDate(now)}.`;
        for (const later of await pendingClaimsOf(tx, claim.companyId)) {
          await closeClaim(tx, later, { status: "refused", ...decided, decisionReason: reason });
          await appendAudit(tx, actor, {
            action: "company-claim.refuse",
            entityType: "company",
            entityId: claim.companyId,
            fromStatus: "pending",
            toStatus: "refused",
            reason,
            data: { claimId: later.id, claimantId: later.claimantId, automatic: true, approvedClaimId: claim.id },
          });
          messages.push({ audience: [{ id: later.claimantId }], message: refusedMessage(claim, reason) });
          alsoRefused.push(later.id);
        }
      }
      const emails: string[] = [];
      for (const m of messages) emails.push(...(await notify(tx, m.audience, m.message)));
      return { outcome: { claimId: claim.id, status: check.to, alsoRefused }, emails, first: messages[0]!.message };
    });
  try {
    const { outcome, emails, first } = await run();
    await sendEmails(emails, first);
    return outcome;
  } catch (error) {
    // Two officials approving at once: the one-approved-claim-per-firm index decides.
    if (isUniqueViolation(error)) throw staleVersion();
    throw error;
  }
}

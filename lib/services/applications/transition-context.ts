import type { ApplicationContext, ReviewLevel } from "@/lib/workflow/application-lifecycle";
import type { Tx } from "../db-types";
import { tierFromDb } from "../tier";

type DbTier = Parameters<typeof tierFromDb>[0];

/**
 * Everything the application state machine needs to answer for this file now, read in the
 * caller's transaction (with `lock`, holding the file's row until it ends): its tier and returning level, the expert reviews assigned and submitted
 * (expert_assignment), and the stored judgement of its evaluation at submission (`outcome`).
 */
export async function loadTransitionContext(
  tx: Tx,
  application: { id: string; tier: DbTier; returnedByLevel: ReviewLevel | null },
  options: { lock?: boolean } = {},
): Promise<ApplicationContext> {
  // Before a write, the file's row is locked first, so an expert assignment that is being made
  // (assign-experts.ts takes the same lock) is either counted here or refused after this commits.
  const outcome = options.lock
    ? ((await tx.$queryRaw<{ outcome: string | null }[]>`SELECT outcome FROM application WHERE id = ${application.id}::uuid FOR UPDATE`)[0]?.outcome ?? null)
    : ((await tx.application.findUnique({ where: { id: application.id }, select: { outcome: true } }))?.outcome ?? null);
  const assignments = await tx.expertAssignment.findMany({ where: { applicationId: application.id }, select: { submittedAt: true } });
  return {
    tier: tierFromDb(application.tier),
    returnedByLevel: application.returnedByLevel,
    expertReviews: { assigned: assignments.length, submitted: assignments.filter((a) => a.submittedAt !== null).length },
    // "incomplete" (or nothing stored) is no judgement either way, so it overrides nothing.
    judgedEligible: outcome === "eligible" ? true : outcome === "not-eligible" ? false : null,
  };
}

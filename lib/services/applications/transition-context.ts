import type { ApplicationContext, ReviewLevel } from "@/lib/workflow/application-lifecycle";
import type { Tx } from "../db-types";
import { tierFromDb } from "../tier";

type DbTier = Parameters<typeof tierFromDb>[0];

/**
 * Everything the application state machine needs to answer for this file now, read in the
 * caller's transaction: its tier and returning level, the expert reviews assigned and submitted
 * (expert_assignment), and the stored judgement of its evaluation at submission (`outcome`).
 */
export async function loadTransitionContext(
  tx: Tx,
  application: { id: string; tier: DbTier; returnedByLevel: ReviewLevel | null },
): Promise<ApplicationContext> {
  const [stored, assignments] = [
    await tx.application.findUnique({ where: { id: application.id }, select: { outcome: true } }),
    await tx.expertAssignment.findMany({ where: { applicationId: application.id }, select: { submittedAt: true } }),
  ];
  const outcome = stored?.outcome ?? null;
  return {
    tier: tierFromDb(application.tier),
    returnedByLevel: application.returnedByLevel,
    expertReviews: { assigned: assignments.length, submitted: assignments.filter((a) => a.submittedAt !== null).length },
    // "incomplete" (or nothing stored) is no judgement either way, so it overrides nothing.
    judgedEligible: outcome === "eligible" ? true : outcome === "not-eligible" ? false : null,
  };
}

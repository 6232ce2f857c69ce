import "server-only";
import type { ApplicationStatus, Tier } from "@/generated/prisma/client";
import { may } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/domain-error";
import { APPLICATION_WORD } from "../applications/application-scope";
import { requireApplicationId } from "./review-scope";

export interface ApplicationForExpert {
  id: string;
  tier: Tier;
  year: number;
  status: ApplicationStatus;
  company: { nameZh: string; industryCode: string };
  programme: { nameZh: string; nameEn: string };
  facts: unknown;
  evaluation: unknown;
  outcome: string | null;
  score: number | null;
  /** This expert's own review; nothing of the others' (the review is blind). */
  review: { score: number | null; opinion: string | null; submittedAt: Date | null; assignedAt: Date };
  /** Whether a review can still be submitted: not yet submitted and the file still under MIIT review. */
  canSubmit: boolean;
}

/**
 * A file as an assigned expert reads it: the facts and their evaluation, and the expert's own
 * review. An expert not assigned to it gets "not found"; other experts' names and scores are
 * never loaded.
 */
export async function getApplicationForExpert(actor: Actor, applicationId: string): Promise<ApplicationForExpert> {
  requirePermission(actor, "expert-review:submit");
  requireApplicationId(applicationId);
  const db = await prisma();
  const assignment = await db.expertAssignment.findUnique({
    where: { applicationId_expertId: { applicationId, expertId: actor.id } },
    select: {
      expertId: true,
      score: true,
      opinion: true,
      submittedAt: true,
      createdAt: true,
      application: {
        select: {
          id: true,
          tier: true,
          year: true,
          status: true,
          facts: true,
          evaluation: true,
          outcome: true,
          score: true,
          company: { select: { nameZh: true, industryCode: true } },
          programme: { select: { nameZh: true, nameEn: true } },
        },
      },
    },
  });
  if (!assignment || !may(actor, "expert-review:submit", { assigneeIds: [assignment.expertId] })) throw notFound(APPLICATION_WORD);
  const { application } = assignment;
  return {
    id: application.id,
    tier: application.tier,
    year: application.year,
    status: application.status,
    company: application.company,
    programme: application.programme,
    facts: application.facts,
    evaluation: application.evaluation,
    outcome: application.outcome,
    score: application.score === null ? null : Number(application.score),
    review: { score: assignment.score, opinion: assignment.opinion, submittedAt: assignment.submittedAt, assignedAt: assignment.createdAt },
    canSubmit: assignment.submittedAt === null && application.status === "ministry_review",
  };
}

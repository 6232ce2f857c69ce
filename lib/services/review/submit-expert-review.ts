import "server-only";
import { z } from "zod";
import { may } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError, notFound } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { APPLICATION_WORD } from "../applications/application-scope";
import { systemNow } from "@/lib/calendar/today";

export const OPINION_MAX_LENGTH = 5000;

export const expertReviewSchema = z.object({
  applicationId: z.string().uuid(),
  score: z.coerce.number().int().min(0).max(100),
  opinion: z.string().trim().min(1).max(OPINION_MAX_LENGTH),
});
export type ExpertReviewInput = z.output<typeof expertReviewSchema>;

const alreadySubmitted = () =>
  new DomainError("conflict", { zh: "您已提交过该申报的评审意见，不能重复提交。", en: "You have already submitted your review of this application." });

/**
 * An assigned expert's score (0–100) and opinion, submitted once: the write is conditional on
 * nothing having been submitted, so a second submission (or two at once) is a conflict.
 */
export async function submitExpertReview(actor: Actor, input: ExpertReviewInput, now = systemNow()): Promise<{ submittedAt: Date }> {
  requirePermission(actor, "expert-review:submit");
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const assignment = await tx.expertAssignment.findUnique({
      where: { applicationId_expertId: { applicationId: input.applicationId, expertId: actor.id } },
      select: { id: true, expertId: true, submittedAt: true, application: { select: { status: true } } },
    });
    if (!assignment || !may(actor, "expert-review:submit", { assigneeIds: [assignment.expertId] })) throw notFound(APPLICATION_WORD);
    if (assignment.submittedAt) throw alreadySubmitted();
    if (assignment.application.status !== "ministry_review") {
      throw new DomainError("conflict", { zh: "该申报的专家评审已结束。", en: "The expert review of this application has closed." });
    }
    const saved = await tx.expertAssignment.updateMany({
      where: { id: assignment.id, submittedAt: null },
      data: { score: input.score, opinion: input.opinion, submittedAt: now },
    });
    if (saved.count === 0) throw alreadySubmitted();
    await appendAudit(tx, actor, {
      action: "expert-review.submit",
      entityType: "application",
      entityId: input.applicationId,
      data: { assignmentId: assignment.id, score: input.score },
    });
    return { submittedAt: now };
  });
}

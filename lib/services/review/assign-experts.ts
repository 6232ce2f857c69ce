import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { may } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { systemNow } from "@/lib/calendar/today";
import { DomainError, forbidden } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { dueOnFrom } from "../applications/level-arrival";
import { notify } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";
import { loadForStaff } from "./load-for-staff";
import { cryptoRandomIndex, pickAtRandom, type RandomIndex } from "./pick-at-random";

export const DEFAULT_EXPERT_COUNT = 3;
export const MAX_EXPERT_COUNT = 15;

export const assignExpertsSchema = z.object({
  applicationId: z.string().uuid(),
  count: z.coerce.number().int().min(1).max(MAX_EXPERT_COUNT).default(DEFAULT_EXPERT_COUNT),
});
export type AssignExpertsInput = z.output<typeof assignExpertsSchema>;

/**
 * MIIT's expert review of a little giant is blind and by random assignment (rules.md,
 * Procedure): N distinct active national experts not yet on this file are drawn with a cryptographic
 * random source, each gets an assignment (unique per file and expert) and a notification, and
 * the draw is audited. Assigning again adds further experts. Each assignment is due by the call's
 * expert review days, counted in working days from the day of the draw (docs/decisions/029).
 */
export async function assignExpertsAtRandom(
  actor: Actor,
  input: AssignExpertsInput,
  randomIndex: RandomIndex = cryptoRandomIndex,
  now: Date = systemNow(),
): Promise<{ assigned: number; total: number }> {
  if (!may(actor, "expert:assign")) throw forbidden();
  const db = await prisma();
  try {
    const { assigned, total, emails } = await db.$transaction(async (tx) => {
      const application = await loadForStaff(tx, actor, input.applicationId);
      // The row lock MIIT's approval takes too (transition-context.ts): an assignment is never
      // made while an approval that did not count it commits. The status is read again under it.
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM application WHERE id = ${application.id}::uuid FOR UPDATE`;
      if (locked?.status !== "ministry_review" || application.tier !== "little_giant") {
        throw new DomainError("conflict", {
          zh: "只有处于工业和信息化部审核阶段的“小巨人”申报才能分配评审专家。",
          en: "Experts can be assigned only to a little-giant application under MIIT review.",
        });
      }
      const already = await tx.expertAssignment.findMany({ where: { applicationId: application.id }, select: { expertId: true } });
      const candidates = await tx.user.findMany({
        // MIIT draws from the national pool: a province's own experts (placed in it by its
        // administrator) serve its reviews, and an invited expert with no password yet is no one to ask.
        where: { role: "expert", jurisdictionCode: null, activatedAt: { not: null }, disabledAt: null, id: { notIn: already.map((a) => a.expertId) } },
        select: { id: true },
        orderBy: { id: "asc" },
      });
      if (candidates.length < input.count) {
        throw new DomainError(
          "invalid",
          {
            zh: `可分配的专家只有${candidates.length}位，少于所需的${input.count}位。`,
            en: `Only ${candidates.length} expert(s) are available, fewer than the ${input.count} requested.`,
          },
          { field: "count", available: candidates.length },
        );
      }
      const experts = pickAtRandom(candidates, input.count, randomIndex).map((c) => c.id);
      const { expertReviewDays } = await tx.programme.findUniqueOrThrow({ where: { id: application.programmeId }, select: { expertReviewDays: true } });
      const dueOn = await dueOnFrom(tx, now, expertReviewDays);
      await tx.expertAssignment.createMany({ data: experts.map((expertId) => ({ applicationId: application.id, expertId, dueOn })) });
      await appendAudit(tx, actor, {
        action: "application.experts-assigned",
        entityType: "application",
        entityId: application.id,
        data: { expertIds: experts, count: experts.length },
      });
      // The experts learn that there is a file for them, not whose it is or who else reviews it.
      const message = {
        kind: "expert-review.assigned",
        title: { zh: "您有新的专家评审任务", en: "You have a new expert review" },
        link: `/applications/${application.id}`,
      };
      const to = await notify(tx, [{ id: { in: experts } }], message);
      return { assigned: experts.length, total: already.length + experts.length, emails: { to, message } };
    });
    await sendEmails(emails.to, emails.message);
    return { assigned, total };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("conflict", {
        zh: "其他人刚刚为该申报分配了专家，请刷新后重试。",
        en: "Someone else has just assigned experts to this application. Please reload and try again.",
      });
    }
    throw error;
  }
}

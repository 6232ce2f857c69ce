import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { notify } from "../notifications/notify";
import { colleaguesOf } from "./assignable-reviewers";
import { loadForStaff } from "./load-for-staff";

export const assignReviewerSchema = z.object({
  applicationId: z.string().uuid(),
  /** Empty: nobody is assigned any more. */
  assigneeId: z.union([z.string().uuid(), z.literal("")]).transform((id) => id || null),
});
export type AssignReviewerInput = z.output<typeof assignReviewerSchema>;

const notAColleague = () =>
  new DomainError(
    "invalid",
    { zh: "只能分配给同级、同一辖区的审核人员。", en: "A file can only be assigned to an official of the same level and jurisdiction." },
    { field: "assigneeId" },
  );

/**
 * Assigns a file to an official of the same level and jurisdiction as the one assigning it (or
 * clears the assignment). The queue's "assigned to me" filter reads this.
 */
export async function assignReviewer(actor: Actor, input: AssignReviewerInput): Promise<{ assigneeId: string | null }> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const application = await loadForStaff(tx, actor, input.applicationId);
    if (input.assigneeId) {
      const assignee = await tx.user.findFirst({ where: { id: input.assigneeId, ...colleaguesOf(actor) }, select: { id: true } });
      if (!assignee) throw notAColleague();
    }
    await tx.application.update({ where: { id: application.id }, data: { assignedToId: input.assigneeId }, select: { id: true } });
    await appendAudit(tx, actor, {
      action: "application.assign",
      entityType: "application",
      entityId: application.id,
      data: { assigneeId: input.assigneeId },
    });
    if (input.assigneeId && input.assigneeId !== actor.id) {
      await notify(tx, [{ id: input.assigneeId }], {
        kind: "application.assigned",
        title: { zh: "有一份申报分配给您审核", en: "An application was assigned to you" },
        link: `/applications/${application.id}`,
      });
    }
    return { assigneeId: input.assigneeId };
  });
}

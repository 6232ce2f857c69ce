import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError, forbidden, notFound } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { loadApplicationInScope } from "../applications/application-scope";
import { recordTransition, requireTransition, type RecordedTransition } from "../applications/record-transition";
import { workflowRoleOf } from "@/lib/workflow/workflow-role";
import { notify } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueEmail } from "@/lib/outbox/queue-email";
import { objectionOutcomeForFirm, objectionOutcomeForObjector } from "./objection-acknowledgement";
import { mayManageBatch } from "./batch-authority";
import { systemNow } from "@/lib/calendar/today";

export const resolveObjectionSchema = z.object({
  objectionId: z.string().uuid(),
  outcome: z.enum(["upheld", "dismissed"]),
  resolution: z.string().trim().min(2, { error: "请填写处理理由。 / A reason is required." }).max(2000),
});

const OBJECTION_WORD = { zh: "异议", en: "objection" };

/**
 * Decides an objection. Dismissed: recorded with the reason. Upheld: the firm leaves the batch
 * with the reason (rules.md: "an upheld objection removes the firm from the batch with a
 * recorded reason") and its application is reopened through the application workflow, back to
 * the level that approves its tier. Any other open objection to the same firm is closed with it.
 * Works on a withdrawn batch too: there it releases the firm for a new batch (dismissed) or
 * reopens its file (upheld). The objector (by email, when the contact is an address) and the
 * firm's users are told the outcome and the reason, in the same transaction.
 */
export async function resolveObjection(actor: Actor, input: z.infer<typeof resolveObjectionSchema>, now = systemNow()) {
  const db = await prisma();
  const { emails } = await db.$transaction(async (tx) => {
    const objection = await tx.objection.findUnique({
      where: { id: input.objectionId },
      select: {
        id: true,
        status: true,
        entryId: true,
        objectorContact: true,
        reference: true,
        batch: { select: { id: true, status: true, tier: true, authorityCode: true, titleZh: true, titleEn: true } },
        entry: { select: { applicationId: true, removedAt: true, companyId: true } },
      },
    });
    if (!objection || !mayManageBatch(actor, objection.batch)) throw notFound(OBJECTION_WORD);
    // A withdrawn batch's open objections stay with the firm (it cannot go on another list until
    // they are decided), so they must still be decidable; an announced batch had none open.
    if (objection.batch.status === "announced") {
      throw new DomainError("conflict", { zh: "批次已公告，异议不能再处理。", en: "The batch has been announced; the objection can no longer be decided." });
    }
    const decided = await tx.objection.updateMany({
      where: { id: objection.id, status: "open" },
      data: { status: input.outcome, resolution: input.resolution, resolvedById: actor.id, resolvedAt: now },
    });
    if (decided.count === 0) throw new DomainError("conflict", { zh: "该异议已处理。", en: "This objection has already been decided." });
    await appendAudit(tx, actor, {
      action: `objection.${input.outcome}`,
      entityType: "objection",
      entityId: objection.id,
      fromStatus: "open",
      toStatus: input.outcome,
      reason: input.resolution,
    });
    let transition: RecordedTransition | null = null;
    // Everyone whose objection this decision answers: this objector, and for an upheld one the
    // objectors of the firm's other open objections, which close with it.
    const answered = [{ contact: objection.objectorContact, reference: objection.reference }];
    if (input.outcome === "upheld" && objection.entry.removedAt === null) {
      const others = await tx.objection.findMany({ where: { entryId: objection.entryId, status: "open" }, select: { objectorContact: true, reference: true } });
      answered.push(...others.map((other) => ({ contact: other.objectorContact, reference: other.reference })));
      await tx.batchEntry.update({ where: { id: objection.entryId }, data: { removedAt: now, removedReason: input.resolution } });
      await tx.objection.updateMany({
        where: { entryId: objection.entryId, status: "open" },
        data: { status: "upheld", resolution: input.resolution, resolvedById: actor.id, resolvedAt: now },
      });
      // The list changed: an announcement prepared on the old version must be refused.
      await tx.batch.update({ where: { id: objection.batch.id }, data: { version: { increment: 1 } } });
      await appendAudit(tx, actor, {
        action: "batch.remove_entry",
        entityType: "batch",
        entityId: objection.batch.id,
        reason: input.resolution,
        data: { entryId: objection.entryId, objectionId: objection.id },
      });
      if (objection.entry.applicationId) {
        const application = await loadApplicationInScope(tx, actor, objection.entry.applicationId, "application:review");
        const allowed = await requireTransition(tx, application, "reopen", application.version);
        if (allowed.actor !== workflowRoleOf(actor)) throw forbidden();
        transition = await recordTransition(tx, actor, application, allowed, { reason: input.resolution, now });
      }
    }
    const title = { zh: objection.batch.titleZh, en: objection.batch.titleEn };
    const company = await tx.company.findUniqueOrThrow({ where: { id: objection.entry.companyId }, select: { nameZh: true } });
    for (const { contact, reference } of answered) {
      const answer = objectionOutcomeForObjector(contact, reference, input.outcome, input.resolution, title, company.nameZh);
      if (answer) await queueEmail(tx, [answer.to], answer.message);
    }
    await notify(tx, [{ companyId: objection.entry.companyId }], objectionOutcomeForFirm(input.outcome, input.resolution, title, objection.batch.id));
    return { emails: transition?.emails ?? null };
  });
  if (emails) await sendEmails(emails.to, emails.message);
  else await requestDelivery();
  return { outcome: input.outcome };
}

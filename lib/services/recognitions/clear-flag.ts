import { Prisma } from "@/generated/prisma/client";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { notify } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";
import type { ClearFlagInput } from "@/lib/domain/recognitions/inputs";
import { companyUsers } from "./official-audience";
import { loadRecognitionInScope } from "./recognition-scope";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";

/**
 * An official who has looked at a flagged firm's explanation and finds it still qualifies (for
 * instance a one-off dip explained by the firm) clears the flag with a reason. The explanation
 * stays on the history; the loss of the right to re-review for missed data is not undone.
 */
export async function clearFlag(actor: Actor, input: ClearFlagInput, now = systemNow()) {
  const db = await prisma();
  const outcome = await db.$transaction(async (tx) => {
    const recognition = await loadRecognitionInScope(tx, actor, input.recognitionId);
    requirePermission(actor, "recognition:clear-flag", recognition);
    if (!recognition.flaggedAt) {
      throw new DomainError("conflict", { zh: "该认定当前没有关注标记。", en: "This recognition is not flagged." });
    }
    const changed = await tx.recognition.updateMany({
      where: { id: recognition.id, version: input.expectedVersion, flaggedAt: { not: null } },
      data: { flaggedAt: null, flagReason: Prisma.DbNull, version: { increment: 1 } },
    });
    if (changed.count === 0) throw staleVersion();
    await tx.recognitionEvent.create({
      data: {
        recognitionId: recognition.id,
        companyId: recognition.companyId,
        kind: "flag_cleared",
        reasonText: input.reasonText,
        // The explanation that was cleared is kept with the event.
        evidence: (recognition.flagReason ?? undefined) as Prisma.InputJsonValue | undefined,
        actorId: actor.id,
        occurredOn: dateOf(chinaDate(now)),
      },
    });
    await appendAudit(tx, actor, {
      action: "recognition.clear_flag",
      entityType: "recognition",
      entityId: recognition.id,
      fromStatus: recognition.status,
      toStatus: recognition.status,
      reason: input.reasonText,
    });
    const message = {
      kind: "recognition.flag_cleared",
      title: { zh: `认定证书${recognition.certificateNo}：关注标记已解除`, en: `Certificate ${recognition.certificateNo}: flag cleared` },
      body: { zh: `说明：${input.reasonText}`, en: `Note: ${input.reasonText}` },
      link: `/company/recognitions/${recognition.id}`,
    };
    return { emails: await notify(tx, companyUsers(recognition.companyId), message), message };
  });
  await sendEmails(outcome.emails, outcome.message);
  return { recognitionId: input.recognitionId, version: input.expectedVersion + 1 };
}

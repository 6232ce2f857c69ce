import type { Prisma } from "@/generated/prisma/client";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import { isTitleValid } from "@/lib/workflow/recognition-lifecycle";
import { REVOCATION_REASON_INFO } from "@/lib/workflow/revocation-reasons";
import { appendAudit } from "../audit/append-audit";
import { notify } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";
import { resolveEvidence } from "./evidence";
import type { ProposeCancellationInput } from "@/lib/domain/recognitions/inputs";
import { loadRecognitionInScope } from "./recognition-scope";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";

/**
 * The province verifies a case against a little giant and proposes cancellation to MIIT, which
 * decides (rules.md: MIIT recognises little giants). The title is unchanged until MIIT acts.
 */
export async function proposeCancellation(actor: Actor, input: ProposeCancellationInput, now = systemNow()) {
  const db = await prisma();
  const { emails, message } = await db.$transaction(async (tx) => {
    const recognition = await loadRecognitionInScope(tx, actor, input.recognitionId);
    requirePermission(actor, "recognition:propose-cancellation", recognition);
    if (!isTitleValid(recognition.status)) {
      throw new DomainError("conflict", { zh: "该称号已失效，无需提请撤销。", en: "This title is no longer valid; there is nothing to cancel." });
    }
    // The version guards against proposing on a record someone else has just changed.
    const bumped = await tx.recognition.updateMany({
      where: { id: recognition.id, version: input.expectedVersion, status: recognition.status },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) throw staleVersion();
    const evidence = (await resolveEvidence(tx, recognition.companyId, input)) as Prisma.InputJsonValue;
    await tx.recognitionEvent.create({
      data: {
        recognitionId: recognition.id,
        companyId: recognition.companyId,
        kind: "cancellation_proposed",
        reasonCategory: input.reasonCategory,
        reasonText: input.reasonText,
        evidence,
        actorId: actor.id,
        occurredOn: dateOf(chinaDate(now)),
      },
    });
    await appendAudit(tx, actor, {
      action: "recognition.propose_cancellation",
      entityType: "recognition",
      entityId: recognition.id,
      fromStatus: recognition.status,
      toStatus: recognition.status,
      reason: `${input.reasonCategory}: ${input.reasonText}`,
      data: { evidence },
    });
    const label = REVOCATION_REASON_INFO[input.reasonCategory].label;
    const message = {
      kind: "recognition.cancellation_proposed",
      title: { zh: `省级提请撤销“小巨人”称号：${recognition.certificateNo}`, en: `Province proposes cancelling little giant ${recognition.certificateNo}` },
      body: { zh: `理由：${label.zh}。${input.reasonText}`, en: `Reason: ${label.en}. ${input.reasonText}` },
      link: `/staff/recognitions/${recognition.id}`,
    };
    return { emails: await notify(tx, [{ role: "ministry" }], message), message };
  });
  await sendEmails(emails, message);
  return { recognitionId: input.recognitionId, version: input.expectedVersion + 1 };
}

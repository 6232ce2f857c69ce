import type { Prisma, RecognitionStatus } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import { RECOGNITION_STATUS_LABELS, transitionRecognition, type RecognitionAction } from "@/lib/workflow/recognition-lifecycle";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { notify, type NotificationMessage } from "../notifications/notify";
import type { RecognitionEventKind } from "@/lib/domain/recognitions/event-kinds";
import { companyUsers, officialsOf } from "./official-audience";

/** The event each transition writes on the firm's history. */
const EVENT_FOR: Record<RecognitionAction, RecognitionEventKind> = {
  start_rereview: "rereview_started",
  renew: "renewed",
  fail_rereview: "expired",
  expire: "expired",
  revoke: "revoked",
  withdraw: "withdrawn",
};

export interface TransitionSubject {
  id: string;
  companyId: string;
  tier: Prisma.RecognitionGetPayload<{ select: { tier: true } }>["tier"];
  status: RecognitionStatus;
  version: number;
  cityCode: string;
  provinceCode: string;
  certificateNo: string;
}

export interface TransitionDetails {
  reasonCategory?: string | null;
  reasonText?: string | null;
  evidence?: Prisma.InputJsonValue;
  /** Whether a running re-review has failed (the machine's only guard). */
  rereviewFailed?: boolean;
  /** Extra columns to write with the status (e.g. the renewed validity). */
  data?: Prisma.RecognitionUncheckedUpdateManyInput;
  occurredOn: Date;
  /** Who hears of it; defaults to the firm and its officials. */
  notifyCompany?: boolean;
  notifyOfficials?: boolean;
}

/**
 * Moves a title through the one recognition state machine: the machine's refusal becomes a
 * conflict naming the state and what is allowed; the status change is conditional on the status
 * and version that were read (a concurrent change fails with "changed by someone else"); the
 * history event, the audit entry and the notifications are written in the same transaction.
 */
export async function transitionRecognitionRecord(
  tx: Tx,
  actor: Pick<Actor, "id" | "role"> | null,
  subject: TransitionSubject,
  action: RecognitionAction,
  details: TransitionDetails,
): Promise<{ to: RecognitionStatus; version: number; emails: string[]; message: NotificationMessage }> {
  const result = transitionRecognition(subject.status, action, { rereviewFailed: details.rereviewFailed ?? false });
  if (!result.ok) throw new DomainError("conflict", result.message, { from: result.from, allowed: result.allowed });
  const changed = await tx.recognition.updateMany({
    where: { id: subject.id, status: subject.status, version: subject.version },
    data: { ...details.data, status: result.to, version: { increment: 1 } },
  });
  if (changed.count === 0) throw staleVersion();
  const kind = EVENT_FOR[action];
  await tx.recognitionEvent.create({
    data: {
      recognitionId: subject.id,
      companyId: subject.companyId,
      kind,
      reasonCategory: details.reasonCategory ?? null,
      reasonText: details.reasonText ?? null,
      evidence: details.evidence,
      actorId: actor?.id ?? null,
      occurredOn: details.occurredOn,
    },
  });
  await appendAudit(tx, actor, {
    action: `recognition.${action}`,
    entityType: "recognition",
    entityId: subject.id,
    fromStatus: subject.status,
    toStatus: result.to,
    reason: [details.reasonCategory, details.reasonText].filter(Boolean).join(": ") || null,
    data: details.evidence === undefined ? undefined : { evidence: details.evidence },
  });
  const label = RECOGNITION_STATUS_LABELS[result.to];
  const message: NotificationMessage = {
    kind: `recognition.${action}`,
    title: { zh: `认定证书${subject.certificateNo}：${label.zh}`, en: `Certificate ${subject.certificateNo}: ${label.en}` },
    body: details.reasonText ? { zh: `说明：${details.reasonText}`, en: `Note: ${details.reasonText}` } : undefined,
    link: `/company/recognitions/${subject.id}`,
  };
  // The firm and the officials open the record on their own pages.
  const emails = [
    ...(details.notifyCompany === false ? [] : await notify(tx, companyUsers(subject.companyId), message)),
    ...(details.notifyOfficials === false ? [] : await notify(tx, officialsOf(subject), { ...message, link: `/staff/recognitions/${subject.id}` })),
  ];
  return { to: result.to, version: subject.version + 1, emails, message };
}

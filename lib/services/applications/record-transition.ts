import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import { transitionApplication, type ApplicationAction, type ApplicationTransitionAllowed } from "@/lib/workflow/application-lifecycle";
import { tierFromDb } from "../tier";
import type { Tx } from "../db-types";
import { appendAudit } from "../audit/append-audit";
import { notify, type NotificationMessage } from "../notifications/notify";
import type { ScopedApplication } from "./application-scope";
import { audienceFor, noticeFor } from "./transition-notices";

/**
 * The transition the state machine allows for this file now, or a conflict: "changed by someone
 * else" when the caller read an older version, else the machine's own refusal naming the state
 * and the allowed actions.
 */
export function requireTransition(application: ScopedApplication, action: ApplicationAction, expectedVersion: number): ApplicationTransitionAllowed {
  if (application.version !== expectedVersion) throw staleVersion();
  const result = transitionApplication(application.status, action, {
    tier: tierFromDb(application.tier),
    returnedByLevel: application.returnedByLevel,
  });
  if (!result.ok) throw new DomainError("conflict", result.message, { from: result.from, allowed: result.allowed });
  return result;
}

export interface RecordedTransition {
  outcome: { applicationId: string; from: ScopedApplication["status"]; to: ScopedApplication["status"]; version: number };
  emails: { to: string[]; message: NotificationMessage };
}

/**
 * Writes an allowed transition: the status change conditional on the status and version that
 * were read (so a concurrent change makes this fail with "changed by someone else"), the review
 * record the timeline shows, the audit entry and the notifications — all in the caller's transaction.
 */
export async function recordTransition(
  tx: Tx,
  actor: Actor | null,
  application: ScopedApplication,
  transition: ApplicationTransitionAllowed,
  details: { reason?: string | null; sections?: string[]; data?: Prisma.ApplicationUncheckedUpdateManyInput; now: Date },
): Promise<RecordedTransition> {
  const reason = details.reason ?? null;
  const returned = transition.to === "returned";
  const changed = await tx.application.updateMany({
    where: { id: application.id, status: application.status, version: application.version },
    data: {
      ...details.data,
      status: transition.to,
      version: { increment: 1 },
      returnedByLevel: transition.returnedByLevel,
      ...(returned ? { reopenSections: details.sections ?? [] } : {}),
    },
  });
  if (changed.count === 0) throw staleVersion();
  await tx.review.create({
    data: {
      applicationId: application.id,
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? "administrator",
      action: transition.action satisfies ApplicationAction,
      fromStatus: application.status,
      toStatus: transition.to,
      reason,
      sections: returned ? details.sections : undefined,
      createdAt: details.now,
    },
  });
  await appendAudit(tx, actor, {
    action: `application.${transition.action}`,
    entityType: "application",
    entityId: application.id,
    fromStatus: application.status,
    toStatus: transition.to,
    reason,
    data: returned ? { sections: details.sections } : undefined,
  });
  const company = await tx.company.findUniqueOrThrow({ where: { id: application.companyId }, select: { nameZh: true } });
  const subject = { ...application, companyName: company.nameZh };
  const message = noticeFor(transition.to, subject, reason);
  const to = await notify(tx, audienceFor(transition.to, subject), message);
  return {
    outcome: { applicationId: application.id, from: application.status, to: transition.to, version: application.version + 1 },
    emails: { to, message },
  };
}

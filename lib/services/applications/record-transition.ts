import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import {
  transitionApplication,
  type ApplicationAction,
  type ApplicationRequirement,
  type ApplicationTransitionAllowed,
} from "@/lib/workflow/application-lifecycle";
import { missingInputs } from "@/lib/workflow/decision-contract";
import type { Tx } from "../db-types";
import { appendAudit } from "../audit/append-audit";
import { notify, type NotificationMessage } from "../notifications/notify";
import type { ScopedApplication } from "./application-scope";
import { levelArrival } from "./level-arrival";
import { loadTransitionContext } from "./transition-context";
import { audienceFor, noticeFor } from "./transition-notices";

/**
 * The transition the state machine allows for this file now, or a conflict: "changed by someone
 * else" when the caller read an older version, else the machine's own refusal naming the state,
 * any hard rule that fails (e.g. expert reviews outstanding) and the allowed actions. The context
 * (experts, stored judgement) is read here, so no caller can leave a gate out.
 */
export async function requireTransition(
  tx: Tx,
  application: ScopedApplication,
  action: ApplicationAction,
  expectedVersion: number,
): Promise<ApplicationTransitionAllowed> {
  if (application.version !== expectedVersion) throw staleVersion();
  const result = transitionApplication(application.status, action, await loadTransitionContext(tx, application, { lock: true }));
  if (!result.ok) {
    throw new DomainError("conflict", result.message, {
      from: result.from,
      allowed: result.allowed,
      ...(result.code === "guard-failed" ? { failed: result.failed } : {}),
    });
  }
  return result;
}

/** A missing input, on its field; a reason an override needs says which override. */
function missingInput(field: ApplicationRequirement, transition: ApplicationTransitionAllowed): DomainError {
  const message =
    field === "sections"
      ? { zh: "请选择需要修改的部分。", en: "Choose the sections to be corrected." }
      : transition.overrides.includes("judged-not-eligible")
        ? {
            zh: "按认定标准评估，该申报不符合条件：审核通过属于例外决定，须填写理由。",
            en: "The rules judge this application not eligible: approving it is an override and needs a reason.",
          }
        : { zh: "请填写理由。", en: "A reason is required." };
  return new DomainError("invalid", message, { field, ...(transition.overrides.length > 0 ? { override: [...transition.overrides] } : {}) });
}

/** The sections of a return, and the overrides taken (with the review's reason as their justification). */
function auditData(sections: string[] | undefined, overrides: readonly string[]): Record<string, unknown> | undefined {
  const data = { ...(sections ? { sections } : {}), ...(overrides.length > 0 ? { override: [...overrides] } : {}) };
  return Object.keys(data).length > 0 ? data : undefined;
}

export interface RecordedTransition {
  outcome: { applicationId: string; from: ScopedApplication["status"]; to: ScopedApplication["status"]; version: number };
  emails: { to: string[]; message: NotificationMessage };
}

/**
 * Writes an allowed transition: the status change conditional on the status and version that
 * were read (so a concurrent change makes this fail with "changed by someone else"), the review
 * record the timeline shows, the clock of the level it reaches, the audit entry and the
 * notifications — all in the caller's transaction.
 */
export async function recordTransition(
  tx: Tx,
  actor: Actor | null,
  application: ScopedApplication,
  transition: ApplicationTransitionAllowed,
  details: { reason?: string | null; sections?: string[]; data?: Prisma.ApplicationUncheckedUpdateManyInput; now: Date },
): Promise<RecordedTransition> {
  // The transition's own requirements, whoever calls (an action, a job, a test).
  const [missing] = missingInputs(transition.requires, details);
  if (missing) throw missingInput(missing, transition);
  const reason = details.reason?.trim() || null;
  const returned = transition.to === "returned";
  const changed = await tx.application.updateMany({
    where: { id: application.id, status: application.status, version: application.version },
    data: {
      ...details.data,
      ...(await levelArrival(tx, application.programmeId, transition.to, details.now)),
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
    data: auditData(returned ? details.sections : undefined, transition.overrides),
  });
  const company = await tx.company.findUniqueOrThrow({ where: { id: application.companyId }, select: { nameZh: true } });
  const subject = { ...application, companyName: company.nameZh };
  const message = noticeFor(transition.to, subject, reason, returned ? (details.sections ?? []) : []);
  const to = await notify(tx, audienceFor(transition.to, subject), message);
  return {
    outcome: { applicationId: application.id, from: application.status, to: transition.to, version: application.version + 1 },
    emails: { to, message },
  };
}

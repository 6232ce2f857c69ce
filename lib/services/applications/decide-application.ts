import { may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, forbidden } from "@/lib/errors/domain-error";
import { prisma } from "@/lib/db/client";
import type { DecisionInput } from "@/lib/review/decision-input";
import { APPLICATION_OVERRIDE_LABELS, type ApplicationOverride, type ApplicationStatus } from "@/lib/workflow/application-lifecycle";
import { sendEmails } from "../notifications/send-email";
import { loadApplicationInScope } from "./application-scope";
import { recordTransition, requireTransition } from "./record-transition";
import { workflowRoleOf } from "@/lib/workflow/workflow-role";
import { systemNow } from "@/lib/calendar/today";

/** A decision as the action parses it; jobs and tests may leave out what a decision does not need. */
export type DecisionRequest = Pick<DecisionInput, "applicationId" | "action" | "expectedVersion"> & Partial<Pick<DecisionInput, "reason" | "sections">>;

export interface DecisionOutcome {
  applicationId: string;
  from: ApplicationStatus;
  to: ApplicationStatus;
  version: number;
}

export interface DecisionOptions {
  /**
   * Whether this decision may be an override (approving a file judged not eligible). The queue's
   * bulk approval may not: one reason for many files is not a reasoned exception for each.
   */
  overrides?: "allowed" | "refused";
}

const overrideOnItsOwn = (overrides: readonly ApplicationOverride[]) => {
  const labels = overrides.map((o) => APPLICATION_OVERRIDE_LABELS[o]);
  return new DomainError(
    "invalid",
    {
      zh: `该申报${labels.map((l) => l.zh).join("、")}，审核通过须在其审核页面单独决定并填写理由。`,
      en: `This application is ${labels.map((l) => l.en).join(", ")}: approving it must be decided on its own review page, with a reason.`,
    },
    { field: "reason", override: [...overrides] },
  );
};

/**
 * An official's decision on an application. The state machine (with the file's expert reviews
 * and stored judgement), the caller's role and jurisdiction, the inputs the transition requires
 * and the version they read are all checked inside one transaction; the status change, the
 * review record, the audit entry and the notifications commit together or not at all.
 */
export async function decideApplication(actor: Actor, decision: DecisionRequest, now = systemNow(), options: DecisionOptions = {}): Promise<DecisionOutcome> {
  const db = await prisma();
  const { outcome, emails } = await db.$transaction(async (tx) => {
    const application = await loadApplicationInScope(tx, actor, decision.applicationId);
    const result = await requireTransition(tx, application, decision.action, decision.expectedVersion);
    if (result.actor !== workflowRoleOf(actor) || !may(actor, "application:review", application)) throw forbidden();
    if (options.overrides === "refused" && result.overrides.length > 0) throw overrideOnItsOwn(result.overrides);

    return recordTransition(tx, actor, application, result, {
      reason: decision.reason,
      sections: decision.sections ?? [],
      now,
      data: result.to === "approved" || result.to === "rejected" ? { decidedAt: now } : undefined,
    });
  });
  await sendEmails(emails.to, emails.message);
  return outcome;
}

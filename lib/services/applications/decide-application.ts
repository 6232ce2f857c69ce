import { z } from "zod";
import { may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { APPLICATION_SECTIONS } from "@/lib/application/sections";
import { DomainError, forbidden } from "@/lib/errors/domain-error";
import { prisma } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/workflow/application-lifecycle";
import { sendEmails } from "../notifications/send-email";
import { loadApplicationInScope } from "./application-scope";
import { recordTransition, requireTransition } from "./record-transition";
import { workflowRoleOf } from "./workflow-role";

/** The actions officials take on a file from the review page or the queue. */
export const decisionSchema = z.object({
  applicationId: z.string().uuid(),
  action: z.enum(["approve", "return", "reject"]),
  expectedVersion: z.coerce.number().int().positive(),
  reason: z.string().trim().max(2000).optional(),
  sections: z.array(z.enum(APPLICATION_SECTIONS)).max(APPLICATION_SECTIONS.length).optional(),
});
export type Decision = z.infer<typeof decisionSchema>;

export interface DecisionOutcome {
  applicationId: string;
  from: ApplicationStatus;
  to: ApplicationStatus;
  version: number;
}

const requiredInput = (field: "reason" | "sections") =>
  new DomainError(
    "invalid",
    field === "reason"
      ? { zh: "请填写理由。", en: "A reason is required." }
      : { zh: "请选择需要修改的部分。", en: "Choose the sections to be corrected." },
    { field },
  );

/**
 * An official's decision on an application. The state machine, the caller's role and
 * jurisdiction, and the version they read are all checked inside one transaction; the status
 * change, the review record, the audit entry and the notifications commit together or not at all.
 */
export async function decideApplication(actor: Actor, decision: Decision, now = new Date()): Promise<DecisionOutcome> {
  const db = await prisma();
  const { outcome, emails } = await db.$transaction(async (tx) => {
    const application = await loadApplicationInScope(tx, actor, decision.applicationId);
    const result = requireTransition(application, decision.action, decision.expectedVersion);
    if (result.actor !== workflowRoleOf(actor) || !may(actor, "application:review", application)) throw forbidden();
    const reason = decision.reason?.trim() || null;
    if (result.requires.includes("reason") && !reason) throw requiredInput("reason");
    const sections = decision.sections ?? [];
    if (result.requires.includes("sections") && sections.length === 0) throw requiredInput("sections");

    return recordTransition(tx, actor, application, result, {
      reason,
      sections,
      now,
      data: result.to === "approved" || result.to === "rejected" ? { decidedAt: now } : undefined,
    });
  });
  await sendEmails(emails.to, emails.message);
  return outcome;
}

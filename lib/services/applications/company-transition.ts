import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { APPLICATION_SECTIONS, SECTION_LABELS, type SectionState } from "@/lib/application/sections";
import { prisma } from "@/lib/db/client";
import { DomainError, forbidden } from "@/lib/errors/domain-error";
import { requireVerifiedEmail } from "../accounts/email-verification";
import { notify } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";
import { nextApplicationReference } from "./application-reference";
import { evaluateApplication } from "../rule-sets/evaluate-application";
import { loadApplicationInScope } from "./application-scope";
import { recordTransition, requireTransition } from "./record-transition";
import { systemNow } from "@/lib/calendar/today";

export const companyTransitionSchema = z.object({
  applicationId: z.string().uuid(),
  action: z.enum(["submit", "resubmit", "withdraw"]),
  expectedVersion: z.coerce.number().int().positive(),
  reason: z.string().trim().max(2000).optional(),
});
export type CompanyTransition = z.infer<typeof companyTransitionSchema>;

/** The documents section is finished by its files (save-draft.ts refuses marking it without one), the others by the firm's mark. */
function unfinishedSections(state: SectionState, documentCount: number) {
  return APPLICATION_SECTIONS.filter((section) => (section === "documents" ? documentCount === 0 : state[section] !== "complete"));
}

/**
 * The company submits (the facts and their evaluation are frozen with the rule set in force),
 * resubmits after a correction (evaluated again under the same rule set), or withdraws before a
 * decision. The first submission gives the file its reference number; the firm's users get a
 * receipt with it for each submission (issue 14: "submission received, with the reference number").
 */
export async function companyTransition(actor: Actor, input: CompanyTransition, now = systemNow()) {
  requireOwnCompany(actor, "application:edit");
  const db = await prisma();
  const { outcome, emails } = await db.$transaction(async (tx) => {
    const application = await loadApplicationInScope(tx, actor, input.applicationId, "application:edit");
    const transition = await requireTransition(tx, application, input.action, input.expectedVersion);
    if (transition.actor !== "company") throw forbidden();
    if (input.action !== "withdraw") await requireVerifiedEmail(tx, actor.id);

    let data: Prisma.ApplicationUncheckedUpdateManyInput | undefined;
    if (input.action === "submit" || input.action === "resubmit") {
      const documents = await tx.document.count({ where: { applicationId: application.id, deletedAt: null } });
      const missing = unfinishedSections((application.sectionState as SectionState | null) ?? {}, documents);
      if (input.action === "submit" && missing.length > 0) {
        throw new DomainError(
          "invalid",
          {
            zh: `请先完成以下部分：${missing.map((s) => SECTION_LABELS[s].zh).join("、")}。`,
            en: `Please complete these sections first: ${missing.map((s) => SECTION_LABELS[s].en).join(", ")}.`,
          },
          { unfinishedSections: missing },
        );
      }
      const evaluation = await evaluateApplication(tx, {
        programmeId: application.programmeId,
        ruleSetId: input.action === "resubmit" ? application.ruleSetId : null,
        companyId: application.companyId,
        facts: application.facts,
        year: application.year,
        asOf: now,
      });
      data = {
        ruleSetId: evaluation.ruleSetId,
        evaluation: evaluation.result as unknown as Prisma.InputJsonValue,
        outcome: evaluation.outcome,
        score: evaluation.score,
        submittedAt: input.action === "submit" ? now : undefined,
        reopenSections: input.action === "resubmit" ? [] : undefined,
        reference: application.reference ?? (await nextApplicationReference(tx, application.year)),
      };
    }
    const recorded = await recordTransition(tx, actor, application, transition, { reason: input.reason ?? null, now, data });
    if (data?.reference) {
      const reference = data.reference as string;
      const programme = await tx.programme.findUniqueOrThrow({ where: { id: application.programmeId }, select: { nameZh: true, nameEn: true } });
      const again = input.action === "resubmit";
      await notify(tx, [{ companyId: application.companyId, role: "company" }], {
        kind: again ? "application.resubmitted" : "application.received",
        title: again
          ? { zh: `更正后的申报已收到（编号 ${reference}）`, en: `Your corrected application has been received (reference ${reference})` }
          : { zh: `申报已收到（编号 ${reference}）`, en: `Your application has been received (reference ${reference})` },
        body: {
          zh: `《${programme.nameZh}》的申报已提交，申报编号 ${reference}。审核进度可在申报状态页查看；联系主管部门时请提供此编号。`,
          en: `Your application to "${programme.nameEn}" has been submitted, reference ${reference}. Follow it on its status page, and quote the reference when you contact the bureau.`,
        },
        link: `/applications/${application.id}`,
      });
    }
    return recorded;
  });
  await sendEmails(emails.to, emails.message);
  return outcome;
}

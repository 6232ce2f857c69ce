import type { Prisma } from "@/generated/prisma/client";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { isInRereviewWindow, rereviewWindow } from "@/lib/calendar/validity";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import type { Facts } from "@/lib/rules";
import { REREVIEW_INVITATION_DAYS } from "@/lib/domain/recognitions/rereview-invitation-days";
import { appendAudit } from "../audit/append-audit";
import { annualFacts } from "@/lib/domain/annual-reports/annual-verdict";
import { sendEmails } from "../notifications/send-email";
import type { StartRereviewInput } from "@/lib/domain/recognitions/inputs";
import { loadRecognitionInScope } from "./recognition-scope";
import { chinaDate, dateOf, isoOf, systemNow } from "@/lib/calendar/today";
import { transitionRecognitionRecord } from "./transition-recognition";

/**
 * The holder of a title near its end opens its re-review: a new application (the ordinary
 * workflow: the firm completes and submits it, the city and the province — and MIIT for little
 * giants — review it) in this year's programme of the same tier, pre-filled with the figures on
 * file. The title moves to "under re-review" and stays valid meanwhile (rules.md).
 *
 * The machine names the authority as the actor of start_rereview: the invitation is the
 * authority's act, and the firm accepting it opens the file.
 */
export async function startRereview(actor: Actor, input: StartRereviewInput, now = systemNow()) {
  requireOwnCompany(actor, "rereview:start");
  const today = chinaDate(now);
  const db = await prisma();
  const outcome = await db
    .$transaction(async (tx) => {
      const recognition = await loadRecognitionInScope(tx, actor, input.recognitionId, "recognition:read");
      if (recognition.version !== input.expectedVersion) throw staleVersion();
      if (recognition.rereviewRightLost) {
        throw new DomainError("conflict", {
          zh: "该称号因未按期报送年度数据已丧失复核资格，到期后可重新申报。",
          en: "This title lost its right to re-review because annual data were not submitted in time; the firm may apply afresh after it ends.",
        });
      }
      const validity = { start: isoOf(recognition.validFrom), end: isoOf(recognition.validUntil) };
      if (recognition.status === "active" && !isInRereviewWindow(today, validity, REREVIEW_INVITATION_DAYS)) {
        const opens = rereviewWindow(validity, REREVIEW_INVITATION_DAYS).opens;
        throw new DomainError("conflict", { zh: `复核自${opens}起开放申请。`, en: `Re-review opens on ${opens}.` }, { opensOn: opens });
      }
      const programme = await tx.programme.findFirst({
        where: { tier: recognition.tier, year: Number(today.slice(0, 4)), regionCode: recognition.tier === "little_giant" ? null : recognition.provinceCode },
        orderBy: { createdAt: "desc" },
        select: { id: true, year: true },
      });
      if (!programme) {
        throw new DomainError("conflict", {
          zh: "本年度尚未设立该层级的复核（申报）项目，请联系主管部门。",
          en: "No programme of this tier is set up this year for the re-review; please contact your authority.",
        });
      }
      // Sequential: one transaction is one connection (see submit-annual-report).
      const application = recognition.applicationId
        ? await tx.application.findUnique({ where: { id: recognition.applicationId }, select: { facts: true } })
        : null;
      const reports = await tx.annualReport.findMany({ where: { recognitionId: recognition.id }, orderBy: { dataYear: "asc" }, select: { facts: true } });
      // The latest figures on file; the titles held come from the register when it is submitted.
      const { titlesHeld: _titles, ...facts } = annualFacts(
        (application?.facts ?? {}) as Facts,
        reports.map((r) => r.facts as Facts),
        recognition.tier,
        validity.end,
      );
      const created = await tx.application.create({
        data: {
          companyId: recognition.companyId,
          programmeId: programme.id,
          tier: recognition.tier,
          year: programme.year,
          cityCode: recognition.cityCode,
          provinceCode: recognition.provinceCode,
          facts: facts as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      await appendAudit(tx, actor, {
        action: "application.start",
        entityType: "application",
        entityId: created.id,
        toStatus: "draft",
        data: { rereviewOf: recognition.id },
      });
      const moved = await transitionRecognitionRecord(tx, actor, recognition, "start_rereview", {
        reasonText: `复核申报 ${created.id}`,
        evidence: { applicationId: created.id },
        occurredOn: dateOf(today),
        notifyCompany: false,
      });
      return { applicationId: created.id, ...moved };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new DomainError("conflict", {
          zh: "贵企业已有本年度该层级的申报，请在“我的申报”中继续。",
          en: "Your firm already has an application in this year's programme of this tier; continue it from your applications.",
        });
      }
      throw error;
    });
  await sendEmails(outcome.emails, outcome.message);
  return { recognitionId: input.recognitionId, applicationId: outcome.applicationId, status: outcome.to, version: outcome.version };
}

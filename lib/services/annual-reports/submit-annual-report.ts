import type { Prisma } from "@/generated/prisma/client";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import type { Facts } from "@/lib/rules";
import { isTitleValid } from "@/lib/workflow/recognition-lifecycle";
import { appendAudit } from "../audit/append-audit";
import { notify } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";
import { withFlagItem } from "@/lib/domain/recognitions/flag-reason";
import { officialsOf } from "../recognitions/official-audience";
import { loadRecognitionInScope } from "../recognitions/recognition-scope";
import { chinaDate, dateOf, isoOf, systemNow } from "@/lib/calendar/today";
import { annualReportFacts, type AnnualReportInput } from "@/lib/domain/annual-reports/annual-report-input";
import { annualFacts, annualVerdict, type AnnualExplanation } from "@/lib/domain/annual-reports/annual-verdict";
import { recognitionRuleSet } from "./recognition-rule-set";
import { deadlineFor, mustReport, reportingYear } from "@/lib/domain/annual-reports/reporting-calendar";

export interface AnnualReportOutcome {
  annualReportId: string;
  flagged: boolean;
  late: boolean;
  explanation: AnnualExplanation;
}

/**
 * A recognised firm submits last year's operating data. The data are judged by the rule set the
 * title was granted under; a firm that no longer meets a criterion is flagged for its officials
 * with the criterion-by-criterion explanation — never cancelled automatically. A report after
 * the deadline is still taken (the lost right to re-review is recorded by the deadline job).
 */
export async function submitAnnualReport(actor: Actor, input: AnnualReportInput, now = systemNow()): Promise<AnnualReportOutcome> {
  requireOwnCompany(actor, "annual-report:submit");
  const today = chinaDate(now);
  const db = await prisma();
  const result = await db
    .$transaction(async (tx) => {
      const recognition = await loadRecognitionInScope(tx, actor, input.recognitionId, "annual-report:submit");
      if (!isTitleValid(recognition.status)) {
        throw new DomainError("conflict", { zh: "该称号已失效，无需报送年度数据。", en: "This title is no longer valid; no annual data are due." });
      }
      const dataYear = reportingYear(today);
      if (input.dataYear !== dataYear || !mustReport(isoOf(recognition.validFrom), dataYear)) {
        throw new DomainError("invalid", { zh: `当前应报送的是${dataYear}年度数据。`, en: `The data due now are for ${dataYear}.` }, { field: "dataYear" });
      }
      // One after another: a transaction is one connection, which runs one query at a time anyway
      // (and pg 9 refuses overlapping ones).
      const application = recognition.applicationId
        ? await tx.application.findUnique({ where: { id: recognition.applicationId }, select: { facts: true } })
        : null;
      const previous = await tx.annualReport.findMany({
        where: { recognitionId: recognition.id, dataYear: { lt: dataYear } },
        orderBy: { dataYear: "asc" },
        select: { facts: true },
      });
      const programme = recognition.programmeId
        ? await tx.programme.findUnique({ where: { id: recognition.programmeId }, select: { annualDataDeadline: true } })
        : null;
      const ruleSet = await recognitionRuleSet(tx, recognition);
      const reported = annualReportFacts(input);
      const facts = annualFacts(
        (application?.facts ?? {}) as Facts,
        [...previous.map((p) => p.facts as Facts), reported],
        recognition.tier,
        isoOf(recognition.validUntil),
      );
      const verdict = annualVerdict(ruleSet.compiled, facts, dataYear, today);
      const deadline = deadlineFor(dataYear, programme?.annualDataDeadline);
      const late = today > deadline;

      const report = await tx.annualReport.create({
        data: {
          recognitionId: recognition.id,
          companyId: recognition.companyId,
          dataYear,
          facts: reported as Prisma.InputJsonValue,
          evaluation: verdict.explanation as unknown as Prisma.InputJsonValue,
          flagged: verdict.flagged,
          submittedAt: now,
        },
        select: { id: true },
      });
      const occurredOn = dateOf(today);
      await tx.recognitionEvent.create({
        data: {
          recognitionId: recognition.id,
          companyId: recognition.companyId,
          kind: "annual_data_submitted",
          reasonCategory: late ? "late" : null,
          reasonText: `${dataYear}年度数据`,
          evidence: { annualReportId: report.id, dataYear, deadline },
          actorId: actor.id,
          occurredOn,
        },
      });
      await appendAudit(tx, actor, {
        action: "annual-report.submit",
        entityType: "recognition",
        entityId: recognition.id,
        data: { annualReportId: report.id, dataYear, flagged: verdict.flagged, late },
      });
      let emails: string[] = [];
      if (verdict.flagged) {
        const flagged = await tx.recognition.updateMany({
          where: { id: recognition.id, version: recognition.version },
          data: {
            flaggedAt: recognition.flaggedAt ?? now,
            flagReason: withFlagItem(recognition.flagReason, { kind: "criteria-not-met", ...verdict.explanation }) as unknown as Prisma.InputJsonValue,
            version: { increment: 1 },
          },
        });
        if (flagged.count === 0) throw staleVersion();
        await tx.recognitionEvent.create({
          data: {
            recognitionId: recognition.id,
            companyId: recognition.companyId,
            kind: "flagged",
            reasonCategory: "criteria-not-met",
            reasonText: verdict.explanation.failed.map((c) => c.title.zh).join("；"),
            evidence: verdict.explanation as unknown as Prisma.InputJsonValue,
            occurredOn,
          },
        });
        await appendAudit(tx, null, {
          action: "recognition.flag",
          entityType: "recognition",
          entityId: recognition.id,
          reason: "criteria-not-met",
          data: { dataYear, failed: verdict.explanation.failed.map((c) => c.id) },
        });
        emails = await notify(tx, officialsOf(recognition), flagNotice(recognition, dataYear, verdict.explanation));
      }
      return {
        outcome: { annualReportId: report.id, flagged: verdict.flagged, late, explanation: verdict.explanation },
        emails,
        notice: flagNotice(recognition, dataYear, verdict.explanation),
      };
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) {
        throw new DomainError(
          "conflict",
          { zh: `${input.dataYear}年度数据已报送，不能重复报送。`, en: `The data for ${input.dataYear} have already been submitted.` },
          { field: "dataYear" },
        );
      }
      throw error;
    });
  await sendEmails(result.emails, result.notice);
  return result.outcome;
}

function flagNotice(recognition: { id: string; certificateNo: string }, dataYear: number, explanation: AnnualExplanation) {
  return {
    kind: "recognition.flagged",
    title: {
      zh: `年度数据不再符合认定条件：${recognition.certificateNo}`,
      en: `Annual data no longer meet the conditions: ${recognition.certificateNo}`,
    },
    body: {
      zh: `${dataYear}年度数据未达到：${explanation.failed.map((c) => c.title.zh).join("；")}`,
      en: `${dataYear} data fail: ${explanation.failed.map((c) => c.title.en).join("; ")}`,
    },
    link: `/staff/recognitions/${recognition.id}`,
  };
}

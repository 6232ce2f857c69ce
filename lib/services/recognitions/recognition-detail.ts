import { hasPermission, may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { isInRereviewWindow, rereviewWindow } from "@/lib/calendar/validity";
import { prisma } from "@/lib/db/client";
import { REREVIEW_INVITATION_DAYS } from "@/lib/domain/recognitions/rereview-invitation-days";
import { isTitleValid } from "@/lib/workflow/recognition-lifecycle";
import type { AnnualExplanation } from "@/lib/domain/annual-reports/annual-verdict";
import { deadlineFor, mustReport, reportingYear } from "@/lib/domain/annual-reports/reporting-calendar";
import { companyHistory } from "./company-history";
import { evidenceChoices } from "./evidence";
import { parseFlagReason } from "@/lib/domain/recognitions/flag-reason";
import { loadRecognitionInScope } from "./recognition-scope";
import { rereviewApplicationId } from "./rereview-link";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";

/**
 * One title as its holder or an official in its jurisdiction sees it: validity, flag and its
 * explanation, annual reports, the firm's full history, the re-review file, and what this person
 * may do now (the server checks each action again).
 */
export async function recognitionDetail(actor: Actor, recognitionId: string, now = systemNow()) {
  const db = await prisma();
  const today = chinaDate(now);
  const scoped = await loadRecognitionInScope(db, actor, recognitionId);
  const [company, programme, reports, history, rereviewId, proposal] = await Promise.all([
    db.company.findUniqueOrThrow({ where: { id: scoped.companyId }, select: { id: true, nameZh: true, nameEn: true, creditCode: true } }),
    scoped.programmeId
      ? db.programme.findUnique({ where: { id: scoped.programmeId }, select: { nameZh: true, nameEn: true, annualDataDeadline: true } })
      : null,
    db.annualReport.findMany({
      where: { recognitionId },
      orderBy: { dataYear: "desc" },
      select: { id: true, dataYear: true, flagged: true, evaluation: true, submittedAt: true },
    }),
    companyHistory(scoped.companyId, "full", db),
    rereviewApplicationId(db, recognitionId),
    db.recognitionEvent.findFirst({
      where: { recognitionId, kind: { in: ["cancellation_proposed", "flag_cleared", "renewed"] } },
      orderBy: { createdAt: "desc" },
      select: { kind: true, reasonCategory: true, reasonText: true, occurredOn: true },
    }),
  ]);
  const rereview = rereviewId ? await db.application.findUnique({ where: { id: rereviewId }, select: { id: true, status: true } }) : null;
  const dataYear = reportingYear(today);
  const validity = { start: isoOf(scoped.validFrom), end: isoOf(scoped.validUntil) };
  const due = isTitleValid(scoped.status) && mustReport(validity.start, dataYear);
  const submitted = reports.some((r) => r.dataYear === dataYear);
  const deadline = deadlineFor(dataYear, programme?.annualDataDeadline);
  const standingProposal =
    proposal?.kind === "cancellation_proposed"
      ? { reasonCategory: proposal.reasonCategory, reasonText: proposal.reasonText, occurredOn: isoOf(proposal.occurredOn) }
      : null;
  const holder = may(actor, "recognition:withdraw", scoped);
  return {
    recognition: { ...scoped, validFrom: validity.start, validUntil: validity.end },
    company,
    programme,
    flag: scoped.flaggedAt ? { since: scoped.flaggedAt, reason: parseFlagReason(scoped.flagReason) } : null,
    reports: reports.map((r) => ({ ...r, evaluation: r.evaluation as unknown as AnnualExplanation | null })),
    history,
    rereview,
    standingProposal,
    annual: { dataYear, due, submitted, deadline, overdue: due && !submitted && today > deadline },
    rereviewWindow: rereviewWindow(validity, REREVIEW_INVITATION_DAYS),
    may: {
      // A little giant is cancelled only on the province's standing proposal (cancel-recognition.ts).
      cancel: may(actor, "recognition:cancel", scoped) && isTitleValid(scoped.status) && (scoped.tier !== "little_giant" || standingProposal !== null),
      propose: may(actor, "recognition:propose-cancellation", scoped) && isTitleValid(scoped.status) && standingProposal === null,
      clearFlag: may(actor, "recognition:clear-flag", scoped) && scoped.flaggedAt !== null,
      withdraw: holder && isTitleValid(scoped.status),
      submitAnnual: may(actor, "annual-report:submit", scoped) && due && !submitted,
      startRereview:
        may(actor, "rereview:start", scoped) &&
        scoped.status === "active" &&
        !scoped.rereviewRightLost &&
        isInRereviewWindow(today, validity, REREVIEW_INVITATION_DAYS),
    },
    // The evidence a cancellation can cite is the officials' to choose from, never shown to the firm.
    evidence: hasPermission(actor, "recognition:list") ? await evidenceChoices(db, scoped.companyId) : [],
  };
}

export type RecognitionDetail = Awaited<ReturnType<typeof recognitionDetail>>;

import type { Actor } from "@/lib/auth/roles";
import { isInRereviewWindow, rereviewWindow } from "@/lib/calendar/validity";
import { prisma } from "@/lib/db/client";
import { REREVIEW_INVITATION_DAYS } from "@/lib/jobs/rereview-invitations";
import { isTitleValid } from "@/lib/workflow/recognition-lifecycle";
import type { AnnualExplanation } from "../annual-reports/annual-verdict";
import { deadlineFor, mustReport, reportingYear } from "../annual-reports/reporting-calendar";
import { companyHistory } from "./company-history";
import { evidenceChoices } from "./evidence";
import { parseFlagReason } from "./flag-reason";
import { mayCancel, mayClearFlag, mayProposeCancellation } from "./recognising-authority";
import { loadRecognitionInScope } from "./recognition-scope";
import { rereviewApplicationId } from "./rereview-link";
import { chinaToday, isoOf } from "./today";

/**
 * One title as its holder or an official in its jurisdiction sees it: validity, flag and its
 * explanation, annual reports, the firm's full history, the re-review file, and what this person
 * may do now (the server checks each action again).
 */
export async function recognitionDetail(actor: Actor, recognitionId: string, now = new Date()) {
  const db = await prisma();
  const today = chinaToday(now);
  const scoped = await loadRecognitionInScope(db, actor, recognitionId);
  const [company, programme, reports, history, rereviewId, proposal] = await Promise.all([
    db.company.findUniqueOrThrow({ where: { id: scoped.companyId }, select: { id: true, nameZh: true, nameEn: true, creditCode: true } }),
    scoped.programmeId ? db.programme.findUnique({ where: { id: scoped.programmeId }, select: { nameZh: true, nameEn: true, annualDataDeadline: true } }) : null,
    db.annualReport.findMany({ where: { recognitionId }, orderBy: { dataYear: "desc" }, select: { id: true, dataYear: true, flagged: true, evaluation: true, submittedAt: true } }),
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
  const standingProposal = proposal?.kind === "cancellation_proposed" ? { reasonCategory: proposal.reasonCategory, reasonText: proposal.reasonText, occurredOn: isoOf(proposal.occurredOn) } : null;
  const isCompany = actor.role === "company";
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
      cancel: !isCompany && mayCancel(actor, scoped) && isTitleValid(scoped.status) && (scoped.tier !== "little_giant" || standingProposal !== null),
      propose: !isCompany && mayProposeCancellation(actor, scoped) && isTitleValid(scoped.status) && standingProposal === null,
      clearFlag: !isCompany && mayClearFlag(actor, scoped) && scoped.flaggedAt !== null,
      withdraw: isCompany && isTitleValid(scoped.status),
      submitAnnual: isCompany && due && !submitted,
      startRereview:
        isCompany && scoped.status === "active" && !scoped.rereviewRightLost && isInRereviewWindow(today, validity, REREVIEW_INVITATION_DAYS),
    },
    evidence: isCompany ? [] : await evidenceChoices(db, scoped.companyId),
  };
}

export type RecognitionDetail = Awaited<ReturnType<typeof recognitionDetail>>;

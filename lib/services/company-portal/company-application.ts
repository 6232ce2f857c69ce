import "server-only";
import type { ApplicationStatus, ReviewLevel, Role, Tier } from "@/generated/prisma/client";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import type { SectionState } from "@/lib/application/sections";
import type { IsoDate } from "@/lib/calendar/iso-date";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { levelStays, type LevelStay } from "@/lib/domain/review-timing/level-timing";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { prisma } from "@/lib/db/client";
import { allowedApplicationActions, NO_REVIEW_FINDINGS, type ApplicationAction } from "@/lib/workflow/application-lifecycle";
import { loadApplicationInScope } from "../applications/application-scope";
import { listDocuments, type DocumentSummary } from "../documents/list-documents";
import { tierFromDb } from "../tier";
import { titleState, type TitleState } from "./title-state";

export interface CompanyTimelineEntry {
  id: string;
  action: string;
  actorRole: Role;
  actorName: string | null;
  from: ApplicationStatus;
  to: ApplicationStatus;
  reason: string | null;
  sections: string[];
  at: Date;
}

export interface CompanyApplication {
  id: string;
  status: ApplicationStatus;
  version: number;
  tier: Tier;
  year: number;
  facts: Record<string, unknown>;
  sectionState: SectionState;
  reopenSections: string[];
  returnedByLevel: ReviewLevel | null;
  ruleSetId: string | null;
  programme: { id: string; code: string; nameZh: string; nameEn: string; ruleSetCode: string; regionCode: string | null };
  company: { id: string; nameZh: string; creditCode: string; provinceCode: string };
  submittedAt: Date | null;
  /** The reference number the first submission gave (null for a draft never submitted). */
  reference: string | null;
  updatedAt: Date;
  documents: DocumentSummary[];
  timeline: CompanyTimelineEntry[];
  /** What the company may do now, from the state machine. */
  allowedActions: ApplicationAction[];
  /** The title this application led to, as it stands today (it may since have expired or been revoked). */
  title: TitleState | null;
  /** Each stay at a review level in working days, oldest first; the open one is where it waits now, due by `expectedDecisionOn`. */
  levelStays: LevelStay[];
  expectedDecisionOn: IsoDate | null;
}

/**
 * One of the company's own applications with everything its pages show. The timeline holds only
 * the steps marked visible to the company; internal notes never appear here.
 */
export async function companyApplication(actor: Actor, applicationId: string, now = systemNow()): Promise<CompanyApplication> {
  requireOwnCompany(actor, "application:edit");
  const db = await prisma();
  const scoped = await loadApplicationInScope(db, actor, applicationId, "application:read");
  const application = await db.application.findUniqueOrThrow({
    where: { id: scoped.id },
    select: {
      submittedAt: true,
      updatedAt: true,
      levelDueOn: true,
      programme: { select: { id: true, code: true, nameZh: true, nameEn: true, ruleSetCode: true, regionCode: true } },
      company: { select: { id: true, nameZh: true, creditCode: true, provinceCode: true } },
      reviews: {
        where: { visibleToCompany: true },
        select: { id: true, action: true, actorId: true, actorRole: true, fromStatus: true, toStatus: true, reason: true, sections: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  const actorIds = [...new Set(application.reviews.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const [users, documents, recognition, calendar] = await Promise.all([
    actorIds.length ? db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [],
    listDocuments(db, scoped.id),
    scoped.status === "recognised"
      ? db.recognition.findFirst({
          where: { applicationId: scoped.id, companyId: application.company.id },
          select: { id: true, certificateNo: true, status: true, validUntil: true },
          orderBy: { createdAt: "desc" },
        })
      : null,
    loadHolidayCalendar(db),
  ]);
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  return {
    id: scoped.id,
    status: scoped.status,
    version: scoped.version,
    tier: scoped.tier,
    year: scoped.year,
    facts: (scoped.facts ?? {}) as Record<string, unknown>,
    sectionState: (scoped.sectionState ?? {}) as SectionState,
    reopenSections: Array.isArray(scoped.reopenSections) ? (scoped.reopenSections as string[]) : [],
    returnedByLevel: scoped.returnedByLevel,
    ruleSetId: scoped.ruleSetId,
    programme: application.programme,
    company: application.company,
    submittedAt: application.submittedAt,
    reference: scoped.reference,
    updatedAt: application.updatedAt,
    documents,
    timeline: application.reviews.map((r) => ({
      id: r.id,
      action: r.action,
      actorRole: r.actorRole,
      actorName: r.actorId ? (nameOf.get(r.actorId) ?? null) : null,
      from: r.fromStatus,
      to: r.toStatus,
      reason: r.reason,
      sections: Array.isArray(r.sections) ? (r.sections as string[]) : [],
      at: r.createdAt,
    })),
    // The company's own actions (submit, resubmit, withdraw) have no gate on experts or judgement.
    allowedActions: allowedApplicationActions(
      scoped.status,
      { tier: tierFromDb(scoped.tier), returnedByLevel: scoped.returnedByLevel, ...NO_REVIEW_FINDINGS },
      "company",
    ),
    title: recognition ? titleState(recognition, chinaDate(now)) : null,
    levelStays: levelStays(
      application.reviews.map((r) => ({ to: r.toStatus, at: r.createdAt })),
      calendar,
    ),
    expectedDecisionOn: application.levelDueOn ? isoOf(application.levelDueOn) : null,
  };
}

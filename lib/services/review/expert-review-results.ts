import "server-only";
import { may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { expertReviewStanding, type DueStanding } from "@/lib/domain/review-timing/level-timing";
import { forbidden } from "@/lib/errors/domain-error";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { loadForStaff } from "./load-for-staff";

export interface ExpertReviewResults {
  assigned: number;
  submitted: number;
  /** Mean of the submitted scores, to 2 decimals; null before the first one. */
  average: number | null;
  reviews: { expertName: string; score: number | null; opinion: string | null; submittedAt: Date | null; due: DueStanding | null }[];
}

/** The combined expert review the ministry decides with: every score submitted, their average, and how many are in. */
export async function expertReviewResults(actor: Actor, applicationId: string, now: Date = systemNow()): Promise<ExpertReviewResults> {
  if (!may(actor, "expert:assign")) throw forbidden();
  const db = await prisma();
  const application = await loadForStaff(db, actor, applicationId);
  const rows = await db.expertAssignment.findMany({
    where: { applicationId: application.id },
    select: { expertId: true, score: true, opinion: true, submittedAt: true, dueOn: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const experts = rows.length ? await db.user.findMany({ where: { id: { in: rows.map((r) => r.expertId) } }, select: { id: true, name: true } }) : [];
  const nameById = new Map(experts.map((e) => [e.id, e.name]));
  const calendar = rows.length ? await loadHolidayCalendar(db) : null;
  const today = chinaDate(now);
  const scores = rows.flatMap((r) => (r.submittedAt && r.score !== null ? [r.score] : []));
  const average = scores.length ? Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 100) / 100 : null;
  return {
    assigned: rows.length,
    submitted: scores.length,
    average,
    reviews: rows.map((r) => ({
      expertName: nameById.get(r.expertId) ?? "",
      score: r.submittedAt ? r.score : null,
      opinion: r.submittedAt ? r.opinion : null,
      submittedAt: r.submittedAt,
      due: calendar ? expertReviewStanding(r.dueOn ? isoOf(r.dueOn) : null, r.submittedAt !== null, today, calendar) : null,
    })),
  };
}

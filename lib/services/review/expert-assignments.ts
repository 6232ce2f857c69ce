import "server-only";
import type { ApplicationStatus, Tier } from "@/generated/prisma/client";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { expertReviewStanding, type DueStanding } from "@/lib/domain/review-timing/level-timing";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";

export interface ExpertAssignmentRow {
  applicationId: string;
  tier: Tier;
  year: number;
  status: ApplicationStatus;
  companyNameZh: string;
  programme: { nameZh: string; nameEn: string };
  assignedAt: Date;
  score: number | null;
  submittedAt: Date | null;
  /** By when the review is due, while it is still to come (docs/decisions/029). */
  due: DueStanding | null;
}

/** An expert's own review assignments, newest first; nothing about anyone else's. */
export async function listExpertAssignments(actor: Actor, now: Date = systemNow()): Promise<ExpertAssignmentRow[]> {
  requirePermission(actor, "expert-review:submit");
  const db = await prisma();
  const today = chinaDate(now);
  const rows = await db.expertAssignment.findMany({
    where: { expertId: actor.id },
    select: {
      applicationId: true,
      score: true,
      submittedAt: true,
      dueOn: true,
      createdAt: true,
      application: {
        select: { tier: true, year: true, status: true, company: { select: { nameZh: true } }, programme: { select: { nameZh: true, nameEn: true } } },
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  if (rows.length === 0) return [];
  const calendar = await loadHolidayCalendar(db);
  return rows.map((row) => ({
    applicationId: row.applicationId,
    tier: row.application.tier,
    year: row.application.year,
    status: row.application.status,
    companyNameZh: row.application.company.nameZh,
    programme: row.application.programme,
    assignedAt: row.createdAt,
    score: row.score,
    submittedAt: row.submittedAt,
    due: expertReviewStanding(row.dueOn ? isoOf(row.dueOn) : null, row.submittedAt !== null, today, calendar),
  }));
}

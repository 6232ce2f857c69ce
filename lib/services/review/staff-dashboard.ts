import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { QUEUE_ROW_SELECT, withNames, type QueueRow } from "./list-queue";
import { AWAITING_STATUS, queueScope, requireStaff } from "./review-scope";
import { countByStatus, type StatusCounts } from "./status-counts";

export interface StaffDashboard {
  awaitingStatus: (typeof AWAITING_STATUS)[keyof typeof AWAITING_STATUS];
  counts: StatusCounts;
  /** The files that most recently reached this level (latest change first). */
  recent: QueueRow[];
}

export const RECENT_FILES = 5;

/** The official's start page: counts by status for their jurisdiction, and the newest files awaiting them. */
export async function staffDashboard(actor: Actor, now: Date = systemNow()): Promise<StaffDashboard> {
  requireStaff(actor);
  const awaitingStatus = AWAITING_STATUS[actor.role];
  const db = await prisma();
  const [counts, found] = await Promise.all([
    countByStatus(actor, db),
    db.application.findMany({
      where: { AND: [queueScope(actor), { status: awaitingStatus }] },
      // Newest arrivals at this level first (files from before the level clock existed: by their last change).
      orderBy: [{ levelArrivedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }, { id: "asc" }],
      take: RECENT_FILES,
      select: QUEUE_ROW_SELECT,
    }),
  ]);
  return { awaitingStatus, counts, recent: await withNames(db, found, { today: chinaDate(now), calendar: await loadHolidayCalendar(db) }) };
}

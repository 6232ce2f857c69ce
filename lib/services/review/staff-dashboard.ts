import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
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
export async function staffDashboard(actor: Actor): Promise<StaffDashboard> {
  requireStaff(actor);
  const awaitingStatus = AWAITING_STATUS[actor.role];
  const db = await prisma();
  const [counts, found] = await Promise.all([
    countByStatus(actor, db),
    db.application.findMany({
      where: { AND: [queueScope(actor), { status: awaitingStatus }] },
      // The last change of a file waiting here is, in practice, its arrival at this level.
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: RECENT_FILES,
      select: QUEUE_ROW_SELECT,
    }),
  ]);
  return { awaitingStatus, counts, recent: await withNames(db, found) };
}

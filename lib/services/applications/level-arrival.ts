import type { ApplicationStatus } from "@/generated/prisma/client";
import { chinaDate, dateOf } from "@/lib/calendar/today";
import { levelDueOn, levelOfStatus, type ExpectedDays } from "@/lib/domain/review-timing/level-timing";
import type { Tx } from "../db-types";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";

/** The columns that say how long a file has waited at its level (docs/decisions/029). */
export interface LevelArrival {
  levelArrivedAt: Date | null;
  levelDueOn: Date | null;
  overdueNoticeAt: null;
  escalatedAt: null;
}

/** A call's expected working days per level, as stored. */
export async function expectedDaysOf(tx: Tx, programmeId: string): Promise<ExpectedDays> {
  const call = await tx.programme.findUniqueOrThrow({
    where: { id: programmeId },
    select: { municipalReviewDays: true, provincialReviewDays: true, ministryReviewDays: true },
  });
  return { municipal: call.municipalReviewDays, provincial: call.provincialReviewDays, ministry: call.ministryReviewDays };
}

/** The last day on time for something that starts now with `days` working days (null: no days set), as a date column. */
export async function dueOnFrom(tx: Tx, now: Date, days: number | null): Promise<Date | null> {
  return days === null ? null : dateOf(levelDueOn(chinaDate(now), days, await loadHolidayCalendar(tx)));
}

/**
 * What a transition to `to` writes on the file: arriving at a level starts its clock and fixes
 * its due date by the call's days and today's holiday calendar; any other status stops it. The
 * overdue notices start afresh with each stay.
 */
export async function levelArrival(tx: Tx, programmeId: string, to: ApplicationStatus, now: Date): Promise<LevelArrival> {
  const level = levelOfStatus(to);
  if (!level) return { levelArrivedAt: null, levelDueOn: null, overdueNoticeAt: null, escalatedAt: null };
  const days = (await expectedDaysOf(tx, programmeId))[level];
  return { levelArrivedAt: now, levelDueOn: await dueOnFrom(tx, now, days), overdueNoticeAt: null, escalatedAt: null };
}

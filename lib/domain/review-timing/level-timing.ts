import type { HolidayCalendar } from "@/lib/calendar/holiday-calendar";
import { addDays, type IsoDate } from "@/lib/calendar/iso-date";
import { chinaDate } from "@/lib/calendar/today";
import { addWorkingDays, workingDaysBetween } from "@/lib/calendar/working-days";
import type { ReviewLevel } from "@/lib/domain/roles";

/**
 * How long a file waits at a review level (issue 14; docs/decisions/029). A call sets the
 * expected working days of each level; a file's time there counts working days with the
 * holiday calendar, from the day after it arrived — as the Civil Code counts a period in days
 * (art. 201: the first day does not count) — so a file that arrives on Friday with 1 day
 * expected is due on Monday.
 */

/** The status in which a file waits at each level. */
export const LEVEL_STATUS = {
  municipal: "municipal_review",
  provincial: "provincial_review",
  ministry: "ministry_review",
} as const satisfies Record<ReviewLevel, string>;
export type LevelStatus = (typeof LEVEL_STATUS)[ReviewLevel];

/** The level a status waits at, or null for a status that waits at none (draft, returned, decided…). */
export function levelOfStatus(status: string): ReviewLevel | null {
  for (const [level, waiting] of Object.entries(LEVEL_STATUS)) if (waiting === status) return level as ReviewLevel;
  return null;
}

/** The expected working days of each level, as a call stores them; null: the call set none. */
export interface ExpectedDays {
  municipal: number | null;
  provincial: number | null;
  ministry: number | null;
}

/** The last day on which the level is on time: the n-th working day after the day of arrival. */
export function levelDueOn(arrivedOn: IsoDate, expectedDays: number, calendar: HolidayCalendar): IsoDate {
  return addWorkingDays(addDays(arrivedOn, 1), expectedDays, calendar);
}

/** Working days a file has spent at a level, from the day after arrival up to and including `until`. */
export function workingDaysAtLevel(arrivedOn: IsoDate, until: IsoDate, calendar: HolidayCalendar): number {
  return workingDaysBetween(addDays(arrivedOn, 1), until, calendar);
}

/** Working days past a due date by `today` (0 on the due date itself), for when an overdue notice goes further. */
export function workingDaysPastDue(dueOn: IsoDate, today: IsoDate, calendar: HolidayCalendar): number {
  return workingDaysBetween(addDays(dueOn, 1), today, calendar);
}

/** "Due within 3 days" on the officials' queues: the due date is at most this many working days ahead. */
export const DUE_SOON_WORKING_DAYS = 3;

/** The last due date that counts as "due soon" today: the third working day after today. */
export function dueSoonUntil(today: IsoDate, calendar: HolidayCalendar): IsoDate {
  return addWorkingDays(addDays(today, 1), DUE_SOON_WORKING_DAYS, calendar);
}

export type DueState = "overdue" | "due-soon" | "on-time";

/** Where a file stands against its level's due date today. */
export function dueState(dueOn: IsoDate, today: IsoDate, calendar: HolidayCalendar): DueState {
  if (dueOn < today) return "overdue";
  return dueOn <= dueSoonUntil(today, calendar) ? "due-soon" : "on-time";
}

/** A due date and where it stands today; null when nothing is due (no days set, or already done). */
export interface DueStanding {
  dueOn: IsoDate | null;
  state: DueState | null;
}

/** An expert's assignment against its due date: standing while the review is still to come, none once it is in. */
export function expertReviewStanding(dueOn: IsoDate | null, submitted: boolean, today: IsoDate, calendar: HolidayCalendar): DueStanding | null {
  if (submitted) return null;
  return { dueOn, state: dueOn ? dueState(dueOn, today, calendar) : null };
}

/** One step of a file's history: the status it went to, and when. */
export interface LevelStep {
  to: string;
  at: Date;
}

/** A stay at one level: when it began and, once the file left, when it ended and how many working days it took. */
export interface LevelStay {
  level: ReviewLevel;
  arrivedOn: IsoDate;
  leftOn: IsoDate | null;
  workingDays: number | null;
}

/**
 * The file's stays at each level, oldest first, from its history. A file returned for changes
 * and resubmitted has two stays at the level that returned it; the last stay is open (leftOn
 * null) while the file still waits there.
 */
export function levelStays(steps: readonly LevelStep[], calendar: HolidayCalendar): LevelStay[] {
  const ordered = [...steps].sort((a, b) => a.at.getTime() - b.at.getTime());
  const stays: LevelStay[] = [];
  let open: LevelStay | null = null;
  for (const step of ordered) {
    const on = chinaDate(step.at);
    if (open) {
      open.leftOn = on;
      open.workingDays = workingDaysAtLevel(open.arrivedOn, on, calendar);
      open = null;
    }
    const level = levelOfStatus(step.to);
    if (level) {
      open = { level, arrivedOn: on, leftOn: null, workingDays: null };
      stays.push(open);
    }
  }
  return stays;
}

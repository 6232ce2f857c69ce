import type { HolidayCalendar } from "./holiday-calendar";
import { dayNumber, fromDayNumber, isWeekend, type IsoDate } from "./iso-date";

/**
 * Working days (工作日) for public-notice periods: "weekends and public holidays do not count"
 * (rules.md, Procedure), except the weekend days the State Council turns into make-up working
 * days (调休上班).
 *
 * A listed holiday is a rest day even if the same date were also listed as a make-up day
 * (the calendar schema refuses that overlap; the order only matters for unvalidated data).
 */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return workingDayTest(calendar)(date);
}

/** The same test with the calendar's sets built once, for loops over many days. */
function workingDayTest(calendar: HolidayCalendar): (date: IsoDate) => boolean {
  const holidays = new Set(calendar.holidays);
  const makeUpWorkdays = new Set(calendar.makeUpWorkdays);
  return (date) => !holidays.has(date) && (makeUpWorkdays.has(date) || !isWeekend(date));
}

/**
 * The last day of a period of `n` working days that starts on `start` — the end date of a
 * public notice (公示) of n working days.
 *
 * Convention: the start day counts as the first working day when it is one; when it is not
 * (a weekend or holiday), counting begins on the next working day. So the end date is the
 * n-th working day on or after `start`, and the period [start, end] holds exactly n working
 * days. Example: MIIT's 5th little-giant batch was on notice 2023-07-14 (Friday) to
 * 2023-07-20 — 14, 17, 18, 19 and 20 July, 5 working days. With n = 1 this is the first
 * working day on or after `start`.
 *
 * Throws RangeError when `n` is not a positive integer or `start` is malformed: both are
 * programming errors, caught by the programme's zod schema before this is called.
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a notice lasts at least 1 working day, got ${n}`);
  const working = workingDayTest(calendar);
  let remaining = n;
  let day = dayNumber(start);
  for (;;) {
    const date = fromDayNumber(day);
    if (working(date) && --remaining === 0) return date;
    day++;
  }
}

/**
 * The number of working days from `start` to `end`, both included; 0 when `end` is before
 * `start`. The inverse of {@link addWorkingDays}: `workingDaysBetween(s, addWorkingDays(s, n)) === n`.
 */
export function workingDaysBetween(start: IsoDate, end: IsoDate, calendar: HolidayCalendar): number {
  const working = workingDayTest(calendar);
  let count = 0;
  for (let day = dayNumber(start), last = dayNumber(end); day <= last; day++) {
    if (working(fromDayNumber(day))) count++;
  }
  return count;
}

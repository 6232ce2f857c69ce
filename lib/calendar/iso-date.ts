/**
 * Date-only arithmetic on ISO `YYYY-MM-DD` strings.
 *
 * Deadlines, notice periods and validity dates in this programme are calendar days, not
 * instants. Every computation goes through a day number counted in UTC, so the server's or
 * the browser's time zone can never shift a date by one day. Nothing here reads the clock:
 * callers pass the date they are asking about.
 */

/** A calendar date written `YYYY-MM-DD` (e.g. "2023-07-14"). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True when `value` is a real calendar date in `YYYY-MM-DD` form ("2023-02-29" is not). */
export function isIsoDate(value: string): boolean {
  return toDayNumber(value) !== null;
}

/** Days since 1970-01-01, or null for anything that is not a real `YYYY-MM-DD` date. */
function toDayNumber(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC silently rolls "02-30" into March and maps years 0–99 to 1900–1999; a round
  // trip through the formatter rejects both.
  return formatDayNumber(ms / MS_PER_DAY) === value ? ms / MS_PER_DAY : null;
}

function formatDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Days since 1970-01-01. Throws RangeError for a malformed date: that is a programming error
 * (input is validated with zod at the edge), not a business outcome.
 */
export function dayNumber(date: IsoDate): number {
  const n = toDayNumber(date);
  if (n === null) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return n;
}

/** Inverse of {@link dayNumber}. */
export function fromDayNumber(n: number): IsoDate {
  return formatDayNumber(n);
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return formatDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as in `Date#getUTCDay`. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds `YYYY-MM-DD` from numbers; a day past the month's end is clamped to the last day. */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
}

/**
 * The same calendar date `years` later. 29 February has no counterpart in a common year; its
 * anniversary is then 1 March, so a period "from 29 February for N years" still lasts N full
 * years (its last day is 28 February).
 */
export function anniversary(date: IsoDate, years: number): IsoDate {
  dayNumber(date); // validates
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  if (monthDay === "02-29" && !isLeapYear(year)) return isoDateOf(year, 3, 1);
  return `${String(year).padStart(4, "0")}-${monthDay}`;
}

/** Negative, zero or positive like a comparator; ISO dates of 4-digit years sort as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** Every date from `start` to `end`, both included; empty when `end` is before `start`. */
export function eachDay(start: IsoDate, end: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let n = dayNumber(start), last = dayNumber(end); n <= last; n++) days.push(fromDayNumber(n));
  return days;
}

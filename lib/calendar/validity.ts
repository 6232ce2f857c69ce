import { addDays, anniversary, compareIsoDates, isoDateOf, type IsoDate } from "./iso-date";

/**
 * Dates of dynamic management (rules.md, "Dynamic management"): a title's validity, the
 * re-review window, the annual data deadline and the cooling-off after a cancellation.
 * Every function takes the date it is asked about; nothing reads the clock.
 */

/** 3 years for every tier (rules.md); programmes may configure another figure. */
export const DEFAULT_VALIDITY_YEARS = 3;

/** Not before 3 years after a cancellation for cause (rules.md, "re-applying"). */
export const DEFAULT_COOLING_OFF_YEARS = 3;

/**
 * Annual operating data is due by 30 April under the 2022 measures (工信部企业〔2022〕63号).
 * rules.md notes 31 May under the 2026 measures, unconfirmed (?): pass that as a parameter.
 */
export const ANNUAL_DATA_DEADLINE_2022: MonthDay = { month: 4, day: 30 };

export interface MonthDay {
  month: number;
  day: number;
}

/** First and last day on which a title is valid, both included. */
export interface ValidityPeriod {
  start: IsoDate;
  end: IsoDate;
}

function requireWholeYears(years: number): void {
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`a period lasts whole years (≥ 1), got ${years}`);
}

/**
 * A title announced on `announcedOn` is valid from that day for `years` years. The last valid
 * day is the day before the same calendar date `years` later, as provinces publish it (e.g.
 * Heilongjiang's 2025 third batch: announced 2025-11-08, valid "2025年11月8日至2028年11月7日").
 * A title announced on 29 February ends on 28 February: the anniversary of 29 February in a
 * common year is taken to be 1 March, so the period still lasts full years.
 */
export function validityPeriod(announcedOn: IsoDate, years: number = DEFAULT_VALIDITY_YEARS): ValidityPeriod {
  requireWholeYears(years);
  return { start: announcedOn, end: addDays(anniversary(announcedOn, years), -1) };
}

/** Whether `date` falls within the period (both ends included). */
export function isValidOn(date: IsoDate, validity: ValidityPeriod): boolean {
  return compareIsoDates(validity.start, date) <= 0 && compareIsoDates(date, validity.end) <= 0;
}

/**
 * The period after a passed re-review: "passing extends by 3 years" (rules.md), taken to run
 * on from the day after the old period ends, so there is neither gap nor overlap.
 */
export function renewedValidity(validity: ValidityPeriod, years: number = DEFAULT_VALIDITY_YEARS): ValidityPeriod {
  return validityPeriod(addDays(validity.end, 1), years);
}

/**
 * When a holder is invited to re-review: from `daysBefore` calendar days before the last valid
 * day up to that day. The number is a programme setting; rules.md fixes none.
 */
export function rereviewWindow(validity: ValidityPeriod, daysBefore: number): { opens: IsoDate; closes: IsoDate } {
  if (!Number.isInteger(daysBefore) || daysBefore < 0) throw new RangeError(`daysBefore must be ≥ 0, got ${daysBefore}`);
  return { opens: addDays(validity.end, -daysBefore), closes: validity.end };
}

export function isInRereviewWindow(date: IsoDate, validity: ValidityPeriod, daysBefore: number): boolean {
  const { opens, closes } = rereviewWindow(validity, daysBefore);
  return isValidOn(date, { start: opens, end: closes });
}

/**
 * The day by which the year's operating data must be updated. A day past the end of the month
 * (e.g. 29 February in a common year) is clamped to the month's last day.
 */
export function annualDataDeadline(year: number, due: MonthDay = ANNUAL_DATA_DEADLINE_2022): IsoDate {
  if (!Number.isInteger(year) || !Number.isInteger(due.month) || due.month < 1 || due.month > 12 || !Number.isInteger(due.day) || due.day < 1) {
    throw new RangeError(`not a year, month and day: ${year} ${JSON.stringify(due)}`);
  }
  return isoDateOf(year, due.month, due.day);
}

/** True from the day after `deadline`: something done on the deadline day itself is on time. */
export function isPastDeadline(date: IsoDate, deadline: IsoDate): boolean {
  return compareIsoDates(date, deadline) > 0;
}

/**
 * The first day a firm whose title was cancelled for cause on `cancelledOn` may apply again:
 * "not before 3 years after a cancellation" (rules.md) — the same calendar date `years` later,
 * i.e. the day after a cooling-off period counted like a validity period.
 */
export function earliestReapplicationDate(cancelledOn: IsoDate, years: number = DEFAULT_COOLING_OFF_YEARS): IsoDate {
  requireWholeYears(years);
  return anniversary(cancelledOn, years);
}

export function mayReapplyOn(date: IsoDate, cancelledOn: IsoDate, years: number = DEFAULT_COOLING_OFF_YEARS): boolean {
  return compareIsoDates(date, earliestReapplicationDate(cancelledOn, years)) >= 0;
}

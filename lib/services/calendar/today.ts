import type { IsoDate } from "@/lib/calendar/iso-date";

/**
 * The calendar date in China for an instant. Notice windows, announcement dates and validity
 * are dates in Beijing time, whatever time zone the server runs in.
 */
export function chinaDate(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A stored `@db.Date` column as an ISO date (Prisma returns it as UTC midnight). */
export function isoOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** An ISO date as the value Prisma writes to a `@db.Date` column. */
export function dateOf(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

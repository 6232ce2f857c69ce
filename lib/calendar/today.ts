import type { IsoDate } from "./iso-date";

/**
 * The portal's one clock for dates (docs/decisions/011). Notice windows, application windows,
 * deadlines and validity are calendar dates in China (UTC+8, no daylight saving), whatever time
 * zone the server runs in: at 01:00 Beijing time on 1 May it is already 1 May. Every "today"
 * in the portal comes from `chinaDate(now)`, with `now` passed in by the caller (and by tests
 * that need another day); nothing else turns an instant into a date.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Now, for code that has no instant of its own to pass on; tests pass theirs instead. */
export const systemNow = (): Date => new Date();

/** The calendar date in China at an instant. */
export function chinaDate(now: Date = systemNow()): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar year in China at an instant. */
export function chinaYear(now: Date = systemNow()): number {
  return Number(chinaDate(now).slice(0, 4));
}

/**
 * A stored date-only value (`@db.Date`, which Prisma returns as UTC midnight) as an ISO date.
 * Never for an instant such as `createdAt`: use `chinaDate` for that.
 */
export function isoOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** An ISO date as the value Prisma writes to a `@db.Date` column. */
export function dateOf(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The instant at which a Beijing calendar date begins (00:00 UTC+8), e.g. for "ended by". */
export function chinaMidnight(iso: IsoDate): Date {
  return new Date(dateOf(iso).getTime() - CHINA_OFFSET_MS);
}

/** The wall clock in Beijing at an instant, for schedules written in Beijing time (cron). */
export interface ChinaClock {
  month: number;
  day: number;
  /** 0 = Sunday, as in cron. */
  weekday: number;
  hour: number;
  minute: number;
}

export function chinaClock(at: Date): ChinaClock {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS);
  return { month: local.getUTCMonth() + 1, day: local.getUTCDate(), weekday: local.getUTCDay(), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

/** An instant as Beijing wall-clock text, "2026-12-03 18:05", for messages that name a deadline. */
export function chinaDateTime(at: Date): string {
  const clock = chinaClock(at);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${chinaDate(at)} ${pad(clock.hour)}:${pad(clock.minute)}`;
}

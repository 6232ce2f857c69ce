import type { IsoDate } from "./iso-date";

/**
 * The portal's one clock for dates (docs/decisions/014). Notice windows, application windows,
 * deadlines and validity are calendar dates in China (UTC+8, no daylight saving), whatever time
 * zone the server runs in: at 01:00 Beijing time on 1 May it is already 1 May. Every "today"
 * in the portal comes from `chinaDate(now)`, with `now` passed in by the caller (and by tests
 * that need another day); nothing else turns an instant into a date.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * A demonstration clock (docs/decisions/030): with DEMO_CLOCK_START=<instant> the portal's clock
 * reads that instant when a process first asks for the time and runs on in real time from there,
 * so a trainer or a test can watch what happens on the day of a deadline. The offset is kept in
 * DEMO_CLOCK_OFFSET_MS, so the server's own code and Next.js's bundles (separate copies of this
 * module in one process) read the same clock. Refused on a PostgreSQL server, which is what a
 * deployment runs: its dates must be the real ones.
 */
const DEMO_CLOCK_START = "DEMO_CLOCK_START";
const DEMO_CLOCK_OFFSET = "DEMO_CLOCK_OFFSET_MS";
let demoOffsetMs: number | undefined;

/** Why DEMO_CLOCK_START cannot be used here, or null when it can (or is not set). */
export function demoClockProblem(env: Record<string, string | undefined> = process.env): string | null {
  const start = env[DEMO_CLOCK_START]?.trim();
  if (!start) return null;
  if (!Number.isFinite(Date.parse(start))) return `${DEMO_CLOCK_START} "${start}" is not an instant (e.g. 2027-03-31T00:59:00+08:00)`;
  if (env.DATABASE_URL?.trim()) return `${DEMO_CLOCK_START} is for the embedded demo database only: a portal on a PostgreSQL server keeps the real clock`;
  return null;
}

function demoOffset(): number {
  if (demoOffsetMs !== undefined) return demoOffsetMs;
  // A browser has no demo clock; its dates come from the server's pages.
  if (typeof window !== "undefined") return (demoOffsetMs = 0);
  const shared = process.env[DEMO_CLOCK_OFFSET];
  if (shared !== undefined && Number.isFinite(Number(shared))) return (demoOffsetMs = Number(shared));
  const start = process.env[DEMO_CLOCK_START]?.trim();
  if (!start) return (demoOffsetMs = 0);
  const problem = demoClockProblem();
  if (problem) throw new Error(problem);
  demoOffsetMs = Date.parse(start) - Date.now();
  process.env[DEMO_CLOCK_OFFSET] = String(demoOffsetMs);
  return demoOffsetMs;
}

/**
 * Now, for code that has no instant of its own to pass on; tests pass theirs instead. It is the
 * demonstration clock when one is set: the portal's dates, deadlines and schedules follow it.
 */
export const systemNow = (): Date => new Date(Date.now() + demoOffset());

/**
 * The real instant, for what is compared with the database's own now(): sessions, leases and
 * retries of the outbox, the times job runs are recorded. Always the same as systemNow() unless
 * a demonstration clock is set.
 */
export const wallClock = (): Date => new Date();

/** Whether this server runs on a demonstration clock, for the banner and /api/health. */
export const isDemoClock = (): boolean => typeof window === "undefined" && Boolean(process.env[DEMO_CLOCK_START]?.trim());

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

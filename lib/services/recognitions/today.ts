/**
 * Calendar dates of dynamic management are days in China (UTC+8): a job run at 01:00 Beijing
 * time on 1 May already counts as 1 May. Nothing else in this area reads the clock.
 */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A date-only column's value for an ISO day. */
export const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const isoOf = (date: Date) => date.toISOString().slice(0, 10);

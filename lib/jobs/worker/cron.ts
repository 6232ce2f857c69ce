import { chinaClock } from "@/lib/calendar/today";
/**
 * Five-field cron expressions (minute hour day-of-month month day-of-week) as the portal's
 * configuration writes them: in Beijing time (UTC+8, no daylight saving). graphile-worker reads
 * its crontab in UTC, so `toUtcCron` moves the hours back eight; the embedded database's loop
 * asks `cronMatches` of the Beijing wall clock instead.
 */
export interface CronFields {
  minute: Set<number>;
  hour: Set<number>;
  dayOfMonth: Set<number> | "*";
  month: Set<number> | "*";
  dayOfWeek: Set<number> | "*";
}

const RANGES = { minute: [0, 59], hour: [0, 23], dayOfMonth: [1, 31], month: [1, 12], dayOfWeek: [0, 7] } as const;

function parseField(text: string, [min, max]: readonly [number, number], name: string): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(",")) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new Error(`cron ${name} "${text}" is not understood`);
    const from = match[1] === "*" ? min : Number(match[2]);
    const to = match[1] === "*" ? max : match[3] !== undefined ? Number(match[3]) : match[4] !== undefined ? max : from;
    const step = match[4] !== undefined ? Number(match[4]) : 1;
    if (from < min || to > max || from > to || step < 1) throw new Error(`cron ${name} "${text}" is outside ${min}-${max}`);
    for (let v = from; v <= to; v += step) values.add(name === "day-of-week" && v === 7 ? 0 : v);
  }
  return values;
}

export function parseCron(expression: string): CronFields {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`cron "${expression}" must have five fields: minute hour day-of-month month day-of-week`);
  const [minute, hour, dom, month, dow] = parts as [string, string, string, string, string];
  return {
    minute: parseField(minute, RANGES.minute, "minute"),
    hour: parseField(hour, RANGES.hour, "hour"),
    dayOfMonth: dom === "*" ? "*" : parseField(dom, RANGES.dayOfMonth, "day-of-month"),
    month: month === "*" ? "*" : parseField(month, RANGES.month, "month"),
    dayOfWeek: dow === "*" ? "*" : parseField(dow, RANGES.dayOfWeek, "day-of-week"),
  };
}

/** Whether a Beijing-time expression fires in the minute that contains `at`. */
export function cronMatches(fields: CronFields, at: Date): boolean {
  const local = chinaClock(at);
  const dayOk = (() => {
    const dom = fields.dayOfMonth === "*" || fields.dayOfMonth.has(local.day);
    const dow = fields.dayOfWeek === "*" || fields.dayOfWeek.has(local.weekday);
    // As in cron: when both day fields are restricted, either one matching is enough.
    if (fields.dayOfMonth !== "*" && fields.dayOfWeek !== "*") return fields.dayOfMonth.has(local.day) || fields.dayOfWeek.has(local.weekday);
    return dom && dow;
  })();
  return fields.minute.has(local.minute) && fields.hour.has(local.hour) && (fields.month === "*" || fields.month.has(local.month)) && dayOk;
}

const list = (values: Iterable<number>) => [...values].sort((a, b) => a - b).join(",");

/**
 * The same schedule in UTC. Hours before 08:00 Beijing fall on the previous UTC day: that is
 * expressible when the day fields are "*" or only the day of the week is restricted (it moves
 * back one day); a restricted day of the month with such hours is refused rather than guessed.
 */
export function toUtcCron(expression: string): string {
  const fields = parseCron(expression);
  const sameDay = [...fields.hour].filter((h) => h >= 8).map((h) => h - 8);
  const dayBefore = [...fields.hour].filter((h) => h < 8).map((h) => h + 16);
  const minutes = list(fields.minute);
  const month = fields.month === "*" ? "*" : list(fields.month);
  const dom = fields.dayOfMonth === "*" ? "*" : list(fields.dayOfMonth);
  const dow = (shift: number) => (fields.dayOfWeek === "*" ? "*" : list([...fields.dayOfWeek].map((d) => (d + shift + 7) % 7)));
  if (dayBefore.length === 0) return `${minutes} ${list(sameDay)} ${dom} ${month} ${dow(0)}`;
  const wholeDays = fields.dayOfMonth === "*" && fields.month === "*" && fields.dayOfWeek === "*";
  if (sameDay.length === 0 && fields.dayOfMonth === "*" && fields.month === "*") return `${minutes} ${list(dayBefore)} * * ${dow(-1)}`;
  if (wholeDays) return `${minutes} ${list([...sameDay, ...dayBefore])} * * *`;
  throw new Error(
    `cron "${expression}" (Beijing time) cannot be written in UTC as one expression: hours before 08:00 with a restricted day; use hours from 08:00, or only a day of the week`,
  );
}

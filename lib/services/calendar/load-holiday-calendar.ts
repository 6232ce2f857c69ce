import type { HolidayCalendar } from "@/lib/calendar/holiday-calendar";
import type { Tx } from "../db-types";
import { isoOf } from "@/lib/calendar/today";

/**
 * The holiday calendar as administrators keep it in the calendar_day table (seeded from the
 * State Council notices, then edited at /admin/calendar), in the shape lib/calendar computes with.
 * `years` lists the years that have at least one entered day.
 */
export async function loadHolidayCalendar(tx: Tx): Promise<HolidayCalendar> {
  const days = await tx.calendarDay.findMany({ select: { day: true, kind: true }, orderBy: { day: "asc" } });
  const holidays: string[] = [];
  const makeUpWorkdays: string[] = [];
  const years = new Set<number>();
  for (const row of days) {
    const iso = isoOf(row.day);
    years.add(Number(iso.slice(0, 4)));
    (row.kind === "holiday" ? holidays : makeUpWorkdays).push(iso);
  }
  return {
    id: "database",
    name: { zh: "节假日安排", en: "Public holiday calendar" },
    years: [...years].sort((a, b) => a - b),
    holidays,
    makeUpWorkdays,
    sources: [],
  };
}

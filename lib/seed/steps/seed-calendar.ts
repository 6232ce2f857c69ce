import type { PrismaClient } from "@/generated/prisma/client";
import { CHINA_MAINLAND_CALENDAR } from "@/lib/calendar/holiday-calendar";

/** The built-in public holidays and make-up working days; administrators edit them afterwards. */
export async function seedCalendar(db: PrismaClient): Promise<number> {
  const rows = [
    ...CHINA_MAINLAND_CALENDAR.holidays.map((day) => ({ day: new Date(day), kind: "holiday" as const })),
    ...CHINA_MAINLAND_CALENDAR.makeUpWorkdays.map((day) => ({ day: new Date(day), kind: "workday" as const })),
  ];
  await db.calendarDay.createMany({ data: rows, skipDuplicates: true });
  return rows.length;
}

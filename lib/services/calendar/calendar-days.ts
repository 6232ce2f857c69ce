import "server-only";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { isWeekend } from "@/lib/calendar/iso-date";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { dateOf, isoOf } from "@/lib/calendar/today";

export const calendarYearSchema = z.coerce.number().int().min(2000).max(2100);

export const setCalendarDaySchema = z.object({
  day: z.iso.date({ error: "请输入日期（YYYY-MM-DD）。 / Enter a date (YYYY-MM-DD)." }),
  kind: z.enum(["holiday", "workday"]),
  nameZh: z.string().trim().max(40).optional(),
  nameEn: z.string().trim().max(60).optional(),
});

export const removeCalendarDaySchema = z.object({ day: z.iso.date() });

export interface CalendarDayRow {
  day: string;
  kind: "holiday" | "workday";
  nameZh: string | null;
  nameEn: string | null;
}

function requireEditor(actor: Actor): void {
  requirePermission(actor, "calendar:edit");
}

/** One year's holidays and make-up working days, in date order. */
export async function listCalendarYear(actor: Actor, year: number): Promise<CalendarDayRow[]> {
  requirePermission(actor, "calendar:read");
  const db = await prisma();
  const rows = await db.calendarDay.findMany({
    where: { day: { gte: dateOf(`${year}-01-01`), lte: dateOf(`${year}-12-31`) } },
    select: { day: true, kind: true, nameZh: true, nameEn: true },
    orderBy: { day: "asc" },
  });
  return rows.map((row) => ({ ...row, day: isoOf(row.day) }));
}

/**
 * Marks a day as a public holiday or a make-up working day (replacing what it was). A make-up
 * working day on a weekday would change nothing, so it is refused as a likely typing error.
 */
export async function setCalendarDay(actor: Actor, input: z.infer<typeof setCalendarDaySchema>): Promise<CalendarDayRow> {
  requireEditor(actor);
  if (input.kind === "workday" && !isWeekend(input.day)) {
    throw new DomainError("invalid", { zh: "调休上班日应为周六或周日。", en: "A make-up working day must fall on a Saturday or Sunday." }, { field: "day" });
  }
  const db = await prisma();
  const data = { kind: input.kind, nameZh: input.nameZh || null, nameEn: input.nameEn || null };
  return db.$transaction(async (tx) => {
    const before = await tx.calendarDay.findUnique({ where: { day: dateOf(input.day) }, select: { kind: true } });
    await tx.calendarDay.upsert({ where: { day: dateOf(input.day) }, create: { day: dateOf(input.day), ...data }, update: data });
    await appendAudit(tx, actor, {
      action: "calendar.set_day",
      entityType: "calendar_day",
      entityId: input.day,
      fromStatus: before?.kind ?? null,
      toStatus: input.kind,
    });
    return { day: input.day, ...data };
  });
}

/** Makes a day ordinary again (a weekday works, a weekend rests). */
export async function removeCalendarDay(actor: Actor, input: z.infer<typeof removeCalendarDaySchema>): Promise<void> {
  requireEditor(actor);
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const removed = await tx.calendarDay.deleteMany({ where: { day: dateOf(input.day) } });
    if (removed.count === 0) throw new DomainError("not-found", { zh: "该日期没有特殊安排。", en: "That day has no entry." }, { field: "day" });
    await appendAudit(tx, actor, { action: "calendar.remove_day", entityType: "calendar_day", entityId: input.day });
  });
}

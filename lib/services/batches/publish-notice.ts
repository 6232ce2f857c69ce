import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { calendarCovers } from "@/lib/calendar/holiday-calendar";
import { addDays, compareIsoDates, type IsoDate } from "@/lib/calendar/iso-date";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { chinaDate, dateOf } from "../calendar/today";
import { loadBatchForManage } from "./batch-authority";
import { recordBatchTransition } from "./batch-transition";

/**
 * A notice may be dated back at most this many days: enough to record a notice already posted
 * on the department's website, not enough to skip the public's chance to object.
 */
export const MAX_BACKDATE_DAYS = 30;

export const publishNoticeSchema = z.object({
  batchId: z.string().uuid(),
  expectedVersion: z.coerce.number().int().positive(),
  noticeStart: z.iso.date({ error: "请输入公示开始日期（YYYY-MM-DD）。 / Enter the first day of the notice (YYYY-MM-DD)." }),
  /** Defaults to the programme's `noticeWorkingDays` (5, rules.md: "in practice 5 working days"). */
  workingDays: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().min(1).max(30).optional()),
});

export interface PublishedNotice {
  noticeStart: IsoDate;
  noticeEnd: IsoDate;
  workingDays: number;
  /** False when the holiday calendar has no entries for a year the notice touches: weekends only were skipped. */
  calendarCovered: boolean;
}

/** Puts a draft batch on public notice; its last day counts working days from the holiday calendar. */
export async function publishNotice(actor: Actor, input: z.infer<typeof publishNoticeSchema>, now = new Date()): Promise<PublishedNotice> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const batch = await loadBatchForManage(tx, actor, input.batchId);
    const today = chinaDate(now);
    if (compareIsoDates(input.noticeStart, addDays(today, -MAX_BACKDATE_DAYS)) < 0) {
      throw new DomainError(
        "invalid",
        { zh: `公示开始日期最多只能早于今天${MAX_BACKDATE_DAYS}天。`, en: `The notice cannot start more than ${MAX_BACKDATE_DAYS} days ago.` },
        { field: "noticeStart" },
      );
    }
    const entries = await tx.batchEntry.count({ where: { batchId: batch.id, removedAt: null } });
    if (entries === 0) throw new DomainError("conflict", { zh: "名单为空，不能公示。", en: "The list is empty; there is nothing to put on notice." });
    const workingDays = input.workingDays ?? batch.programme.noticeWorkingDays;
    const calendar = await loadHolidayCalendar(tx);
    const noticeEnd = addWorkingDays(input.noticeStart, workingDays, calendar);
    await recordBatchTransition(tx, actor, batch, "publish_notice", {
      expectedVersion: input.expectedVersion,
      data: { noticeStart: dateOf(input.noticeStart), noticeEnd: dateOf(noticeEnd) },
      auditData: { noticeStart: input.noticeStart, noticeEnd, workingDays, entries },
    });
    return {
      noticeStart: input.noticeStart,
      noticeEnd,
      workingDays,
      calendarCovered: calendarCovers(calendar, input.noticeStart) && calendarCovers(calendar, noticeEnd),
    };
  });
}

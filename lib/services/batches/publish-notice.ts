import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import type { IsoDate } from "@/lib/calendar/iso-date";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { MAX_NOTICE_WORKING_DAYS, planNotice } from "@/lib/workflow/notice-window";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { loadBatchForManage } from "./batch-authority";
import { recordBatchTransition } from "./batch-transition";
import { noticeMinimum } from "./notice-minimum";
import { noticeRefusal } from "@/lib/workflow/notice-refusal";

export const publishNoticeSchema = z.object({
  batchId: z.string().uuid(),
  expectedVersion: z.coerce.number().int().positive(),
  noticeStart: z.iso.date({ error: "请输入公示开始日期（YYYY-MM-DD）。 / Enter the first day of the notice (YYYY-MM-DD)." }),
  /** Defaults to the call's `noticeWorkingDays` (5, rules.md: "in practice 5 working days"), or the national minimum if that is longer. */
  workingDays: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().min(1).max(MAX_NOTICE_WORKING_DAYS).optional()),
});

export interface PublishedNotice {
  noticeStart: IsoDate;
  noticeEnd: IsoDate;
  workingDays: number;
}

/**
 * Puts a draft batch on public notice. The dates follow lib/workflow/notice-window: from today
 * (Beijing date) or a later working day, for at least the call's and the national minimum of
 * working days, ending on a day the loaded holiday calendar can count to.
 */
export async function publishNotice(actor: Actor, input: z.infer<typeof publishNoticeSchema>, now = systemNow()): Promise<PublishedNotice> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const batch = await loadBatchForManage(tx, actor, input.batchId);
    const entries = await tx.batchEntry.count({ where: { batchId: batch.id, removedAt: null } });
    if (entries === 0) throw new DomainError("conflict", { zh: "名单为空，不能公示。", en: "The list is empty; there is nothing to put on notice." });
    const [nationalMinimum, calendar] = await Promise.all([noticeMinimum(tx), loadHolidayCalendar(tx)]);
    const plan = planNotice({
      start: input.noticeStart,
      workingDays: input.workingDays ?? Math.max(batch.programme.noticeWorkingDays, nationalMinimum),
      today: chinaDate(now),
      programmeWorkingDays: batch.programme.noticeWorkingDays,
      nationalMinimum,
      calendar,
    });
    if (!plan.ok) throw noticeRefusal(plan);
    await recordBatchTransition(tx, actor, batch, "publish_notice", {
      expectedVersion: input.expectedVersion,
      data: { noticeStart: dateOf(plan.start), noticeEnd: dateOf(plan.end), noticeOriginalEnd: null, noticeExtendedOn: null },
      auditData: { noticeStart: plan.start, noticeEnd: plan.end, workingDays: plan.workingDays, nationalMinimum, entries },
    });
    return { noticeStart: plan.start, noticeEnd: plan.end, workingDays: plan.workingDays };
  });
}

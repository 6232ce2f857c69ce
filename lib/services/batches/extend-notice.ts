import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import type { IsoDate } from "@/lib/calendar/iso-date";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { transitionBatch } from "@/lib/workflow/batch-lifecycle";
import { MAX_NOTICE_WORKING_DAYS, planExtension } from "@/lib/workflow/notice-window";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { chinaDate, dateOf, isoOf, systemNow } from "@/lib/calendar/today";
import { loadBatchForManage } from "./batch-authority";
import { recordBatchTransition } from "./batch-transition";
import { noticeRefusal } from "@/lib/workflow/notice-refusal";

export const extendNoticeSchema = z.object({
  batchId: z.string().uuid(),
  expectedVersion: z.coerce.number().int().positive(),
  /** The notice's new length in working days, counted from its first day as when it was published. */
  workingDays: z.coerce
    .number({ error: "请输入工作日数。 / Enter a number of working days." })
    .int({ error: "请输入整数。 / Enter a whole number." })
    .min(1, { error: "至少为1个工作日。 / At least 1 working day." })
    .max(MAX_NOTICE_WORKING_DAYS, { error: `最多${MAX_NOTICE_WORKING_DAYS}个工作日。 / At most ${MAX_NOTICE_WORKING_DAYS} working days.` }),
  reason: z.string().trim().min(2, { error: "请填写延长理由。 / Give the reason for the extension." }).max(1000),
});

export interface ExtendedNotice {
  noticeStart: IsoDate;
  noticeEnd: IsoDate;
  originalEnd: IsoDate;
  workingDays: number;
}

/**
 * Extends a running notice, e.g. to answer objections: the public notice page then shows the new
 * last day and that it was extended (and from which end). The first published end is kept.
 */
export async function extendNotice(actor: Actor, input: z.infer<typeof extendNoticeSchema>, now = systemNow()): Promise<ExtendedNotice> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const batch = await loadBatchForManage(tx, actor, input.batchId);
    const extra = await tx.batch.findUniqueOrThrow({ where: { id: batch.id }, select: { noticeOriginalEnd: true } });
    if (batch.status !== "notice" || !batch.noticeStart || !batch.noticeEnd) {
      // The machine's own refusal names the state and what is allowed instead.
      const refused = transitionBatch(batch.status, "extend_notice", { hasOpenObjection: false, noticePeriodEnded: false });
      throw new DomainError("conflict", refused.ok ? { zh: "批次没有公示日期。", en: "The batch has no notice dates." } : refused.message, {
        from: batch.status,
      });
    }
    const today = chinaDate(now);
    const currentEnd = isoOf(batch.noticeEnd);
    const calendar = await loadHolidayCalendar(tx);
    const plan = planExtension({ start: isoOf(batch.noticeStart), currentEnd, workingDays: input.workingDays, today, calendar });
    if (!plan.ok) throw noticeRefusal(plan);
    const originalEnd = extra.noticeOriginalEnd ? isoOf(extra.noticeOriginalEnd) : currentEnd;
    await recordBatchTransition(tx, actor, batch, "extend_notice", {
      expectedVersion: input.expectedVersion,
      reason: input.reason,
      data: { noticeEnd: dateOf(plan.end), noticeOriginalEnd: dateOf(originalEnd), noticeExtendedOn: dateOf(today) },
      auditData: { from: currentEnd, to: plan.end, workingDays: plan.workingDays, originalEnd },
    });
    return { noticeStart: plan.start, noticeEnd: plan.end, originalEnd, workingDays: plan.workingDays };
  });
}

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
 * working days, ending on a day the loaded holiday calendar can count to. The firms on the list
 * are told in the same transaction (and so by email, docs/decisions/017), with the dates and
 * where the public reads the list.
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
    // One statement for the whole list, as announcing does: a 5,000-firm notice is one INSERT.
    await tx.$executeRawUnsafe(
      `INSERT INTO notification (id, user_id, kind, title_zh, title_en, body_zh, body_en, link)
       SELECT gen_random_uuid(), u.id, 'batch.notice', $2, $3, $4, $5, $6
         FROM batch_entry e JOIN app_user u ON u.company_id = e.company_id AND u.disabled_at IS NULL
        WHERE e.batch_id = $1::uuid AND e.removed_at IS NULL`,
      batch.id,
      `您的企业已列入公示名单：《${batch.titleZh}》`,
      `Your firm is on public notice: "${batch.titleEn}"`,
      `公示期为${plan.start}至${plan.end}（${plan.workingDays}个工作日）。公示期内任何单位和个人均可提出异议；公示期满且无未处理的异议后方可公告。`,
      `The notice runs from ${plan.start} to ${plan.end} (${plan.workingDays} working days). Anyone may object while it runs; the list is announced only after it ends with no objection open.`,
      `/notices/${batch.id}`,
    );
    return { noticeStart: plan.start, noticeEnd: plan.end, workingDays: plan.workingDays };
  });
}

import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { allowedBatchActions } from "@/lib/workflow/batch-lifecycle";
import { announcePossibleFrom, noticePeriodEnded as ended, requiredNoticeWorkingDays } from "@/lib/workflow/notice-window";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { prisma } from "@/lib/db/client";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { loadBatchForManage } from "./batch-authority";
import { companiesById, entryPage } from "./entry-page";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { noticeMinimum } from "./notice-minimum";

export const ENTRY_PAGE_SIZE = 50;

/**
 * Everything the batch page shows an official: the list with scores (a page at a time), the
 * firms removed and why, the objections with their evidence, the approved applications waiting
 * for a batch, and which actions the batch machine allows now.
 */
export async function batchDetail(actor: Actor, batchId: string, options: { page?: number; q?: string } = {}, now = systemNow()) {
  const db = await prisma();
  const batch = await loadBatchForManage(db, actor, batchId);
  // Firms with an objection still open on another list (one withdrawn before it was decided)
  // wait for the decision before they can be listed again (batch-entries.ts).
  const heldCompanyIds = (
    await db.objection.findMany({ where: { status: "open", batchId: { not: batchId } }, select: { entry: { select: { companyId: true } } }, take: 5_000 })
  ).map((o) => o.entry.companyId);
  const [openObjections, removedRows, objectionRows, ready, held, notice, nationalMinimum, calendar] = await Promise.all([
    db.objection.count({ where: { batchId, status: "open" } }),
    db.batchEntry.findMany({
      where: { batchId, removedAt: { not: null } },
      select: { id: true, companyId: true, removedAt: true, removedReason: true },
      orderBy: { removedAt: "desc" },
      take: 100,
    }),
    db.objection.findMany({
      where: { batchId },
      select: {
        id: true,
        reference: true,
        status: true,
        objectorName: true,
        objectorContact: true,
        reason: true,
        resolution: true,
        resolvedAt: true,
        createdAt: true,
        entry: { select: { companyId: true } },
        documents: { where: { deletedAt: null }, select: { id: true, fileName: true, mimeType: true, size: true } },
      },
      orderBy: [{ status: "asc" }, { createdAt: "asc" }],
      take: 200,
    }),
    db.application.findMany({
      where: {
        programmeId: batch.programmeId,
        status: "approved",
        batchEntries: { none: { removedAt: null, batch: { status: { in: ["draft", "notice"] } } } },
        companyId: { notIn: heldCompanyIds },
      },
      select: { id: true, score: true, company: { select: { nameZh: true, creditCode: true } } },
      orderBy: [{ score: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: 200,
    }),
    // Approved firms of the programme held back by an objection still open on another list.
    db.application.findMany({
      where: { programmeId: batch.programmeId, status: "approved", companyId: { in: heldCompanyIds } },
      select: { id: true, company: { select: { nameZh: true, creditCode: true } } },
      take: 100,
    }),
    db.batch.findUniqueOrThrow({ where: { id: batchId }, select: { noticeOriginalEnd: true, noticeExtendedOn: true } }),
    noticeMinimum(db),
    loadHolidayCalendar(db),
  ]);
  const companies = await companiesById(db, [...removedRows.map((r) => r.companyId), ...objectionRows.map((o) => o.entry.companyId)]);
  const { total: entryCount } = await entryPage(db, batchId, { offset: 0, limit: 1 });
  const pageCount = Math.max(1, Math.ceil(entryCount / ENTRY_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const { rows: entries, total: matching } = await entryPage(db, batchId, { q: options.q, offset: (page - 1) * ENTRY_PAGE_SIZE, limit: ENTRY_PAGE_SIZE });
  const today = chinaDate(now);
  const noticeEnd = batch.noticeEnd ? isoOf(batch.noticeEnd) : null;
  const noticePeriodEnded = ended(noticeEnd, today);
  return {
    batch,
    entries,
    entryCount,
    matching,
    page,
    pageCount,
    removed: removedRows.map((r) => ({ ...r, company: companies.get(r.companyId) ?? null })),
    objections: objectionRows.map((o) => ({ ...o, company: companies.get(o.entry.companyId) ?? null })),
    ready,
    readyCount: ready.length,
    openObjections,
    noticePeriodEnded,
    announcePossibleFrom: noticeEnd ? announcePossibleFrom(noticeEnd) : null,
    noticeOriginalEnd: notice.noticeOriginalEnd ? isoOf(notice.noticeOriginalEnd) : null,
    noticeExtendedOn: notice.noticeExtendedOn ? isoOf(notice.noticeExtendedOn) : null,
    noticeWorkingDays: batch.noticeStart && noticeEnd ? workingDaysBetween(isoOf(batch.noticeStart), noticeEnd, calendar) : null,
    nationalMinimum,
    requiredWorkingDays: requiredNoticeWorkingDays(batch.programme.noticeWorkingDays, nationalMinimum),
    held,
    allowed: allowedBatchActions(batch.status, { hasOpenObjection: openObjections > 0, noticePeriodEnded }),
    today,
  };
}

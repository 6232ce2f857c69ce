import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { allowedBatchActions } from "@/lib/workflow/batch-lifecycle";
import { compareIsoDates } from "@/lib/calendar/iso-date";
import { prisma } from "@/lib/db/client";
import { chinaDate, isoOf } from "../calendar/today";
import { loadBatchForManage } from "./batch-authority";
import { companiesById, entryPage } from "./entry-page";

export const ENTRY_PAGE_SIZE = 50;

/**
 * Everything the batch page shows an official: the list with scores (a page at a time), the
 * firms removed and why, the objections with their evidence, the approved applications waiting
 * for a batch, and which actions the batch machine allows now.
 */
export async function batchDetail(actor: Actor, batchId: string, options: { page?: number; q?: string } = {}, now = new Date()) {
  const db = await prisma();
  const batch = await loadBatchForManage(db, actor, batchId);
  const [openObjections, removedRows, objectionRows, ready] = await Promise.all([
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
      },
      select: { id: true, score: true, company: { select: { nameZh: true, creditCode: true } } },
      orderBy: [{ score: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: 200,
    }),
  ]);
  const companies = await companiesById(db, [...removedRows.map((r) => r.companyId), ...objectionRows.map((o) => o.entry.companyId)]);
  const { total: entryCount } = await entryPage(db, batchId, { offset: 0, limit: 1 });
  const pageCount = Math.max(1, Math.ceil(entryCount / ENTRY_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const { rows: entries, total: matching } = await entryPage(db, batchId, { q: options.q, offset: (page - 1) * ENTRY_PAGE_SIZE, limit: ENTRY_PAGE_SIZE });
  const today = chinaDate(now);
  const noticePeriodEnded = batch.noticeEnd !== null && compareIsoDates(isoOf(batch.noticeEnd), today) < 0;
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
    allowed: allowedBatchActions(batch.status, { hasOpenObjection: openObjections > 0, noticePeriodEnded }),
    today,
  };
}

import "server-only";
import { prisma } from "@/lib/db/client";
import { isRecordId } from "@/lib/domain/record-id";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { noticeOpen } from "@/lib/workflow/notice-window";
import { entryPage } from "./entry-page";

export const NOTICE_PAGE_SIZE = 100;

function isOpen(batch: { noticeStart: Date | null; noticeEnd: Date | null }, today: string): boolean {
  return noticeOpen({ start: batch.noticeStart && isoOf(batch.noticeStart), end: batch.noticeEnd && isoOf(batch.noticeEnd) }, today);
}

// An extension is public: the page says the notice was extended, from which end and when.
const NOTICE_SELECT = {
  id: true,
  titleZh: true,
  titleEn: true,
  tier: true,
  year: true,
  authorityCode: true,
  noticeStart: true,
  noticeEnd: true,
  noticeOriginalEnd: true,
  noticeExtendedOn: true,
} as const;

/** Batches on public notice now, newest first, for anyone. */
export async function listPublicNotices(now = systemNow()) {
  const db = await prisma();
  const batches = await db.batch.findMany({
    where: { status: "notice" },
    select: { ...NOTICE_SELECT, _count: { select: { entries: { where: { removedAt: null } } } } },
    orderBy: [{ noticeStart: "desc" }],
    take: 200,
  });
  const today = chinaDate(now);
  return batches.map((b) => ({ ...b, open: isOpen(b, today) }));
}

/** One batch on notice with the firms on it (a page at a time, optionally filtered). */
export async function publicNotice(batchId: string, options: { page?: number; q?: string; entryId?: string } = {}, now = systemNow()) {
  const db = await prisma();
  const batch = await db.batch.findFirst({ where: { id: batchId, status: "notice" }, select: NOTICE_SELECT });
  if (!batch) return null;
  const { total } = await entryPage(db, batchId, { q: options.q, offset: 0, limit: 1 });
  const pageCount = Math.max(1, Math.ceil(total / NOTICE_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const { rows } = await entryPage(db, batchId, { q: options.q, offset: (page - 1) * NOTICE_PAGE_SIZE, limit: NOTICE_PAGE_SIZE });
  // The public sees names and codes only, never scores.
  const entries = rows.map(({ id, nameZh, creditCode, provinceCode, cityCode }) => ({ id, nameZh, creditCode, provinceCode, cityCode }));
  // The firm whose "object" link was followed stays choosable even when the page shows others.
  const chosen = options.entryId && !entries.some((e) => e.id === options.entryId) ? await chosenEntry(db, batchId, options.entryId) : null;
  return { batch, entries, choosable: chosen ? [chosen, ...entries] : entries, total, page, pageCount, open: isOpen(batch, chinaDate(now)) };
}

async function chosenEntry(db: Awaited<ReturnType<typeof prisma>>, batchId: string, entryId: string) {
  if (!isRecordId(entryId)) return null;
  const entry = await db.batchEntry.findFirst({ where: { id: entryId, batchId, removedAt: null }, select: { id: true, companyId: true } });
  if (!entry) return null;
  const company = await db.company.findUnique({
    where: { id: entry.companyId },
    select: { nameZh: true, creditCode: true, provinceCode: true, cityCode: true },
  });
  return company ? { id: entry.id, ...company } : null;
}

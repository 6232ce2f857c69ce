import "server-only";
import { prisma } from "@/lib/db/client";
import { compareIsoDates } from "@/lib/calendar/iso-date";
import { chinaDate, isoOf } from "../calendar/today";
import { entryPage } from "./entry-page";

export const NOTICE_PAGE_SIZE = 100;

function isOpen(batch: { noticeStart: Date | null; noticeEnd: Date | null }, today: string): boolean {
  return (
    batch.noticeStart !== null &&
    batch.noticeEnd !== null &&
    compareIsoDates(isoOf(batch.noticeStart), today) <= 0 &&
    compareIsoDates(today, isoOf(batch.noticeEnd)) <= 0
  );
}

const NOTICE_SELECT = { id: true, titleZh: true, titleEn: true, tier: true, year: true, authorityCode: true, noticeStart: true, noticeEnd: true } as const;

/** Batches on public notice now, newest first, for anyone. */
export async function listPublicNotices(now = new Date()) {
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
export async function publicNotice(batchId: string, options: { page?: number; q?: string } = {}, now = new Date()) {
  const db = await prisma();
  const batch = await db.batch.findFirst({ where: { id: batchId, status: "notice" }, select: NOTICE_SELECT });
  if (!batch) return null;
  const { total } = await entryPage(db, batchId, { q: options.q, offset: 0, limit: 1 });
  const pageCount = Math.max(1, Math.ceil(total / NOTICE_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const { rows } = await entryPage(db, batchId, { q: options.q, offset: (page - 1) * NOTICE_PAGE_SIZE, limit: NOTICE_PAGE_SIZE });
  // The public sees names and codes only, never scores.
  const entries = rows.map(({ id, nameZh, creditCode, provinceCode, cityCode }) => ({ id, nameZh, creditCode, provinceCode, cityCode }));
  return { batch, entries, total, page, pageCount, open: isOpen(batch, chinaDate(now)) };
}

import type { Prisma } from "@/generated/prisma/client";
import { scopeFilter } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { forbidden } from "@/lib/errors/domain-error";
import { reportingYear } from "@/lib/domain/annual-reports/reporting-calendar";
import type { StaffRecognitionFilters } from "@/lib/domain/recognitions/list-filters";
import { overdueWhere } from "./overdue";
import { chinaDate, systemNow } from "@/lib/calendar/today";

const ROW = {
  id: true,
  certificateNo: true,
  tier: true,
  year: true,
  status: true,
  validFrom: true,
  validUntil: true,
  flaggedAt: true,
  rereviewRightLost: true,
  cityCode: true,
  company: { select: { id: true, nameZh: true, nameEn: true, creditCode: true } },
} as const;

export type StaffRecognitionRow = Prisma.RecognitionGetPayload<{ select: typeof ROW }> & { overdue: boolean };

/**
 * Titles in the official's jurisdiction (own city, own province, or national), filtered by
 * status, tier, flag and overdue annual data, a page at a time.
 */
export async function listRecognitions(actor: Actor, filters: StaffRecognitionFilters, now = systemNow()) {
  const scope = scopeFilter(actor, "recognition:list");
  if (!scope) throw forbidden();
  const db = await prisma();
  const today = chinaDate(now);
  const overdue = await overdueWhere(db, today);
  const where: Prisma.RecognitionWhereInput = {
    AND: [
      { ...(scope.cityCode ? { cityCode: scope.cityCode } : {}), ...(scope.provinceCode ? { provinceCode: scope.provinceCode } : {}) },
      filters.status ? { status: filters.status } : {},
      filters.tier ? { tier: filters.tier } : {},
      filters.flagged ? { flaggedAt: { not: null } } : {},
      filters.overdue ? overdue : {},
      filters.q
        ? { OR: [{ company: { nameZh: { contains: filters.q } } }, { company: { creditCode: filters.q.toUpperCase() } }, { certificateNo: filters.q }] }
        : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.recognition.count({ where }),
    db.recognition.findMany({
      where,
      select: ROW,
      orderBy: [{ flaggedAt: { sort: "desc", nulls: "last" } }, { validUntil: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.size,
      take: filters.size,
    }),
  ]);
  const overdueIds = new Set(
    rows.length === 0
      ? []
      : (await db.recognition.findMany({ where: { AND: [overdue, { id: { in: rows.map((r) => r.id) } }] }, select: { id: true } })).map((r) => r.id),
  );
  return { total, dataYear: reportingYear(today), rows: rows.map((row) => ({ ...row, overdue: overdueIds.has(row.id) })) };
}

import type { Prisma } from "@/generated/prisma/client";
import { hasPermission, scopeFilter, type ScopeFilter } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { isoOf } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import { parsePayload, type ChangeReportPayload } from "@/lib/domain/change-reports/change-report-input";
import type { ChangeReportFilters } from "@/lib/domain/change-reports/list-filters";
import { forbidden } from "@/lib/errors/domain-error";
import type { ChangeReportStatus } from "@/lib/workflow/change-report-lifecycle";
import { changeReportDeadline } from "./submit-change-report";

const SELECT = {
  id: true,
  kind: true,
  details: true,
  payload: true,
  status: true,
  version: true,
  effectiveOn: true,
  decidedAt: true,
  decisionReason: true,
  createdAt: true,
  company: { select: { id: true, nameZh: true, nameEn: true, creditCode: true, cityCode: true, provinceCode: true } },
} as const;

export interface ChangeReportRow {
  id: string;
  kind: string;
  details: string;
  payload: ChangeReportPayload;
  status: ChangeReportStatus;
  version: number;
  effectiveOn: string;
  reportedOn: string;
  late: boolean;
  decidedAt: Date | null;
  decisionReason: string | null;
  company: { id: string; nameZh: string; nameEn: string | null; creditCode: string };
}

type Record_ = Prisma.ChangeReportGetPayload<{ select: typeof SELECT }>;

export function toChangeReportRow(row: Record_): ChangeReportRow {
  const effectiveOn = isoOf(row.effectiveOn);
  const reportedOn = isoOf(row.createdAt);
  return {
    id: row.id,
    kind: row.kind,
    details: row.details,
    payload: parsePayload(row.kind, row.payload),
    status: row.status,
    version: row.version,
    effectiveOn,
    reportedOn,
    late: reportedOn > changeReportDeadline(effectiveOn),
    decidedAt: row.decidedAt,
    decisionReason: row.decisionReason,
    company: { id: row.company.id, nameZh: row.company.nameZh, nameEn: row.company.nameEn, creditCode: row.company.creditCode },
  };
}

export const CHANGE_REPORT_ROW_SELECT = SELECT;

/**
 * The accepted moves of firms that were in a jurisdiction when they reported: the officials who
 * let a firm go keep the record of it, though its files now belong to its new officials.
 */
function movedOutOf(scope: ScopeFilter): Prisma.ChangeReportWhereInput | null {
  const before = [
    ...(scope.cityCode ? [{ payload: { path: ["before", "cityCode"], equals: scope.cityCode } }] : []),
    ...(scope.provinceCode ? [{ payload: { path: ["before", "provinceCode"], equals: scope.provinceCode } }] : []),
  ];
  return before.length === 0 ? null : { kind: "move", status: "accepted", AND: before };
}

/**
 * Change reports of the firms now in the caller's jurisdiction (the firm's own for a company),
 * and the accepted moves of firms that left it, newest first, filtered by status, kind and the firm's name or credit code.
 */
export async function listChangeReports(actor: Actor, filters: Partial<ChangeReportFilters> & { page: number; size: number }) {
  const permission = hasPermission(actor, "change-report:decide") ? "change-report:decide" : "change-report:submit";
  const scope = scopeFilter(actor, permission);
  if (!scope) throw forbidden();
  // Prisma passes LIKE wildcards through: a typed "%" or "_" is escaped to mean itself, as in the review queue.
  const q: Prisma.CompanyWhereInput = filters.q ? { OR: [{ nameZh: { contains: escapeLike(filters.q) } }, { creditCode: filters.q.toUpperCase() }] } : {};
  const company: Prisma.CompanyWhereInput = {
    ...(scope.cityCode ? { cityCode: scope.cityCode } : {}),
    ...(scope.provinceCode ? { provinceCode: scope.provinceCode } : {}),
    ...q,
  };
  const movedOut = scope.companyId ? null : movedOutOf(scope);
  const where: Prisma.ChangeReportWhereInput = {
    ...(scope.companyId ? { companyId: scope.companyId } : movedOut ? { OR: [{ company }, { AND: [movedOut, { company: q }] }] } : { company }),
    ...(filters.status && filters.status !== "all" ? { status: filters.status } : {}),
    ...(filters.kind && filters.kind !== "all" ? { kind: filters.kind } : {}),
  };
  const db = await prisma();
  const [total, rows] = await Promise.all([
    db.changeReport.count({ where }),
    db.changeReport.findMany({
      where,
      select: SELECT,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.size,
      take: filters.size,
    }),
  ]);
  return { total, rows: rows.map(toChangeReportRow) };
}

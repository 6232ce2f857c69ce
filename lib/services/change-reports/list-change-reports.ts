import { scopeFilter } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { forbidden } from "@/lib/errors/domain-error";
import { isoOf } from "@/lib/calendar/today";
import { changeReportDeadline } from "./submit-change-report";

const SELECT = {
  id: true,
  kind: true,
  details: true,
  effectiveOn: true,
  createdAt: true,
  company: { select: { id: true, nameZh: true, nameEn: true, creditCode: true, cityCode: true, provinceCode: true } },
} as const;

export interface ChangeReportRow {
  id: string;
  kind: string;
  details: string;
  effectiveOn: string;
  reportedOn: string;
  late: boolean;
  company: { id: string; nameZh: string; nameEn: string | null; creditCode: string };
}

function toRow(row: { id: string; kind: string; details: string; effectiveOn: Date; createdAt: Date; company: ChangeReportRow["company"] }): ChangeReportRow {
  const effectiveOn = isoOf(row.effectiveOn);
  const reportedOn = isoOf(row.createdAt);
  return {
    id: row.id,
    kind: row.kind,
    details: row.details,
    effectiveOn,
    reportedOn,
    late: reportedOn > changeReportDeadline(effectiveOn),
    company: row.company,
  };
}

/** Change reports of the firms in the caller's jurisdiction (the firm's own for a company), newest first. */
export async function listChangeReports(actor: Actor, page: { page: number; size: number }) {
  const scope = scopeFilter(actor, "recognition:read");
  if (!scope) throw forbidden();
  const where = scope.companyId
    ? { companyId: scope.companyId }
    : { company: { ...(scope.cityCode ? { cityCode: scope.cityCode } : {}), ...(scope.provinceCode ? { provinceCode: scope.provinceCode } : {}) } };
  const db = await prisma();
  const [total, rows] = await Promise.all([
    db.changeReport.count({ where }),
    db.changeReport.findMany({ where, select: SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page.page - 1) * page.size, take: page.size }),
  ]);
  return { total, rows: rows.map(toRow) };
}

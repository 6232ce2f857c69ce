import { hasPermission, may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { isRecordId } from "@/lib/domain/record-id";
import { DomainError, notFound } from "@/lib/errors/domain-error";
import { allowedChangeReportActions } from "@/lib/workflow/change-report-lifecycle";
import { CHANGE_REPORT_WORD, loadChangeReportInScope } from "./decide-change-report";
import { CHANGE_REPORT_ROW_SELECT, toChangeReportRow, type ChangeReportRow } from "./list-change-reports";

/** An accepted move of a firm that was in the official's jurisdiction when it reported: theirs to read, no longer to act on. */
function movedOutOfReach(actor: Actor, report: ChangeReportRow): boolean {
  if (report.payload.kind !== "move" || report.status !== "accepted" || !report.payload.before) return false;
  const { cityCode, provinceCode } = report.payload.before;
  return may(actor, "change-report:decide", { companyId: report.company.id, cityCode, provinceCode });
}

/**
 * One change report with its evidence and the places a move names, for the firm or an official
 * who may act on it, or who let the firm move away (anyone else: not found), and the actions open
 * to the caller now.
 */
export async function changeReportDetail(actor: Actor, changeReportId: string) {
  const permission = hasPermission(actor, "change-report:decide") ? "change-report:decide" : "change-report:submit";
  const db = await prisma();
  const inScope = await loadChangeReportInScope(db, actor, changeReportId, permission).then(
    () => true,
    (error: unknown) => {
      if (permission === "change-report:decide" && error instanceof DomainError && error.kind === "not-found" && isRecordId(changeReportId)) return false;
      throw error;
    },
  );
  const row = await db.changeReport.findUnique({ where: { id: changeReportId }, select: CHANGE_REPORT_ROW_SELECT });
  if (!row) throw notFound(CHANGE_REPORT_WORD);
  const report = toChangeReportRow(row);
  if (!inScope && !movedOutOfReach(actor, report)) throw notFound(CHANGE_REPORT_WORD);
  const documents = await db.document.findMany({
    where: { changeReportId, deletedAt: null },
    select: { id: true, fileName: true, mimeType: true, size: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const codes = new Set<string>();
  if (report.payload.kind === "move") {
    for (const code of [report.payload.newRegionCode, report.payload.newCityCode, report.payload.newProvinceCode]) codes.add(code);
    const before = report.payload.before;
    if (before) for (const code of [before.regionCode, before.cityCode, before.provinceCode]) codes.add(code);
  }
  const regions = await db.region.findMany({ where: { code: { in: [...codes] } }, select: { code: true, nameZh: true, nameEn: true } });
  return {
    report,
    documents,
    regionNames: Object.fromEntries(regions.map((r) => [r.code, { zh: r.nameZh, en: r.nameEn }])) as Record<string, { zh: string; en: string }>,
    actions: inScope ? allowedChangeReportActions(report.status, permission === "change-report:decide" ? "official" : "firm") : [],
  };
}

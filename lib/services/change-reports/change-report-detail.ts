import { hasPermission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { allowedChangeReportActions } from "@/lib/workflow/change-report-lifecycle";
import { loadChangeReportInScope } from "./decide-change-report";
import { CHANGE_REPORT_ROW_SELECT, toChangeReportRow } from "./list-change-reports";

/**
 * One change report with its evidence and the places a move names, for the firm or an official
 * who may act on it (anyone else: not found), and the actions open to the caller now.
 */
export async function changeReportDetail(actor: Actor, changeReportId: string) {
  const permission = hasPermission(actor, "change-report:decide") ? "change-report:decide" : "change-report:submit";
  const db = await prisma();
  await loadChangeReportInScope(db, actor, changeReportId, permission);
  const row = await db.changeReport.findUniqueOrThrow({ where: { id: changeReportId }, select: CHANGE_REPORT_ROW_SELECT });
  const report = toChangeReportRow(row);
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
    actions: allowedChangeReportActions(report.status, permission === "change-report:decide" ? "official" : "firm"),
  };
}

import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { forbidden } from "@/lib/errors/domain-error";
import { isTitleValid } from "@/lib/workflow/recognition-lifecycle";
import { deadlineFor, mustReport, reportingYear } from "../annual-reports/reporting-calendar";
import { chinaToday, isoOf } from "./today";

/** The firm's own titles, newest first, with what is due on each this year. */
export async function companyRecognitions(actor: Actor, now = new Date()) {
  if (actor.role !== "company" || !actor.companyId) throw forbidden();
  const db = await prisma();
  const today = chinaToday(now);
  const dataYear = reportingYear(today);
  const rows = await db.recognition.findMany({
    where: { companyId: actor.companyId },
    select: {
      id: true,
      certificateNo: true,
      tier: true,
      year: true,
      status: true,
      version: true,
      validFrom: true,
      validUntil: true,
      flaggedAt: true,
      rereviewRightLost: true,
      programme: { select: { nameZh: true, nameEn: true, annualDataDeadline: true } },
      annualReports: { where: { dataYear }, select: { id: true, flagged: true } },
    },
    orderBy: [{ validFrom: "desc" }],
    take: 50,
  });
  return {
    dataYear,
    rows: rows.map((r) => {
      const validFrom = isoOf(r.validFrom);
      const due = isTitleValid(r.status) && mustReport(validFrom, dataYear);
      const deadline = deadlineFor(dataYear, r.programme?.annualDataDeadline);
      const report = r.annualReports[0] ?? null;
      return {
        ...r,
        validFrom,
        validUntil: isoOf(r.validUntil),
        annual: { due, deadline, submitted: report !== null, flagged: report?.flagged ?? false, overdue: due && report === null && today > deadline },
      };
    }),
  };
}

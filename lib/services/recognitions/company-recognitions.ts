import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { isTitleValid } from "@/lib/workflow/recognition-lifecycle";
import { deadlineFor, mustReport, reportingYear } from "@/lib/domain/annual-reports/reporting-calendar";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";

/** The firm's own titles, newest first, with what is due on each this year. */
export async function companyRecognitions(actor: Actor, now = systemNow()) {
  const companyId = requireOwnCompany(actor, "recognition:read");
  const db = await prisma();
  const today = chinaDate(now);
  const dataYear = reportingYear(today);
  const rows = await db.recognition.findMany({
    where: { companyId },
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

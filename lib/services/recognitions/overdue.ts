import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_DEADLINE_SETTING, deadlineSettings } from "@/lib/services/annual-reports/deadline-settings";
import { reportingYear } from "@/lib/domain/annual-reports/reporting-calendar";
import type { Tx } from "../db-types";

/**
 * Titles whose data for last year are overdue today: still valid, held by the end of that year,
 * no report for it, and their programme's deadline passed.
 */
export async function overdueWhere(tx: Tx, today: string): Promise<Prisma.RecognitionWhereInput> {
  const dataYear = reportingYear(today);
  const passed = (await deadlineSettings(tx, dataYear)).filter((d) => today > d.deadline).map((d) => d.setting);
  if (passed.length === 0) return { id: { in: [] } };
  return {
    status: { in: ["active", "under_rereview"] },
    validFrom: { lte: new Date(`${dataYear}-12-31T00:00:00Z`) },
    annualReports: { none: { dataYear } },
    OR: [{ programme: { annualDataDeadline: { in: passed } } }, ...(passed.includes(DEFAULT_DEADLINE_SETTING) ? [{ programmeId: null }] : [])],
  };
}

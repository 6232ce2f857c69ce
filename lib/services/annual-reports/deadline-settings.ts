import { addDays } from "@/lib/calendar/iso-date";
import { deadlineFor } from "@/lib/domain/annual-reports/reporting-calendar";
import type { Tx } from "@/lib/services/db-types";

/** Titles without a programme are due on the 2022 default day. */
export const DEFAULT_DEADLINE_SETTING = "04-30";

/**
 * The "MM-DD" deadline settings in use and each one's deadline for reporting `dataYear`: a handful
 * of values, so jobs decide per setting in TypeScript (with lib/calendar) and filter in SQL.
 */
export async function deadlineSettings(tx: Tx, dataYear: number): Promise<{ setting: string; deadline: string }[]> {
  const rows = await tx.programme.findMany({ distinct: ["annualDataDeadline"], select: { annualDataDeadline: true } });
  const settings = new Set([DEFAULT_DEADLINE_SETTING, ...rows.map((r) => r.annualDataDeadline)]);
  return [...settings].map((setting) => ({ setting, deadline: deadlineFor(dataYear, setting) }));
}

export const daysBefore = (deadline: string, days: number) => addDays(deadline, -days);

import { annualDataDeadline, ANNUAL_DATA_DEADLINE_2022, type MonthDay } from "@/lib/calendar/validity";

/**
 * When annual data are due (rules.md: "companies update their operating data every year by
 * April 30"; the day is a programme setting, Programme.annualDataDeadline "MM-DD"). In year Y
 * firms report year Y−1.
 */
export function reportingYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

export function parseMonthDay(value: string | null | undefined): MonthDay {
  const match = /^(\d{2})-(\d{2})$/.exec(value ?? "");
  if (!match) return ANNUAL_DATA_DEADLINE_2022;
  return { month: Number(match[1]), day: Number(match[2]) };
}

/** The deadline for reporting `dataYear`, under a programme's "MM-DD" setting. */
export function deadlineFor(dataYear: number, programmeSetting: string | null | undefined): string {
  return annualDataDeadline(dataYear + 1, parseMonthDay(programmeSetting));
}

/**
 * A title must report a year it held for some part of: recognised by 31 December of that year.
 * (A firm recognised in the spring has just been judged on last year's figures.)
 */
export function mustReport(validFrom: string, dataYear: number): boolean {
  return validFrom <= `${dataYear}-12-31`;
}

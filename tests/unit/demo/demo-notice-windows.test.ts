import { describe, expect, it } from "vitest";
import { CHINA_MAINLAND_CALENDAR } from "@/lib/calendar/holiday-calendar";
import { compareIsoDates } from "@/lib/calendar/iso-date";
import { isWorkingDay, workingDaysBetween } from "@/lib/calendar/working-days";
import { NATIONAL_BATCHES } from "@/lib/seed/national-batches";
import { announcePossibleFrom, DEFAULT_MINIMUM_NOTICE_WORKING_DAYS } from "@/lib/workflow/notice-window";

// The seed writes announced batches directly; they must look like ones the portal could have made.
describe("the demo's announced national batches keep the notice window rules", () => {
  it.each(NATIONAL_BATCHES.map((b) => [b.ordinal, b] as const))(
    "batch %i: a working-day start, at least the minimum notice, announced after it ended",
    (_ordinal, batch) => {
      expect(isWorkingDay(batch.noticeStart, CHINA_MAINLAND_CALENDAR)).toBe(true);
      expect(workingDaysBetween(batch.noticeStart, batch.noticeEnd, CHINA_MAINLAND_CALENDAR)).toBeGreaterThanOrEqual(DEFAULT_MINIMUM_NOTICE_WORKING_DAYS);
      expect(compareIsoDates(batch.announcedOn, announcePossibleFrom(batch.noticeEnd))).toBeGreaterThanOrEqual(0);
    },
  );
});

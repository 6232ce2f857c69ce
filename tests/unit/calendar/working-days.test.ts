import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHINA_MAINLAND_CALENDAR, type HolidayCalendar } from "@/lib/calendar/holiday-calendar";
import { addDays } from "@/lib/calendar/iso-date";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@/lib/calendar/working-days";

const CN = CHINA_MAINLAND_CALENDAR;
const NO_HOLIDAYS: HolidayCalendar = { id: "none", name: { zh: "无", en: "None" }, years: [], holidays: [], makeUpWorkdays: [], sources: [] };

describe("working days", () => {
  it.each([
    ["2023-07-14", true, "an ordinary Friday is a working day"],
    ["2023-07-15", false, "an ordinary Saturday is a rest day"],
    ["2023-07-16", false, "an ordinary Sunday is a rest day"],
    ["2024-10-02", false, "a weekday inside National Day is a rest day"],
    ["2024-02-18", true, "a Sunday listed as a make-up day (调休上班) is a working day"],
    ["2024-10-12", true, "a Saturday listed as a make-up day is a working day"],
    ["2024-02-09", true, "2024 Spring Festival Eve was a working day"],
    ["2025-01-28", false, "2025 Spring Festival Eve was a holiday"],
    ["2020-02-01", false, "1 February 2020 stopped being a make-up day when the holiday was extended"],
    ["2019-05-05", true, "5 May 2019 became a make-up day when Labour Day was enlarged"],
  ] as const)("%s is a working day: %s (%s)", (date, working, _why) => {
    expect(isWorkingDay(date, CN)).toBe(working);
  });

  it("without holiday data only weekends are rest days", () => {
    expect(isWorkingDay("2024-10-02", NO_HOLIDAYS)).toBe(true);
    expect(isWorkingDay("2024-10-12", NO_HOLIDAYS)).toBe(false);
  });
});

describe("public notice end date: n working days from the start date, the start counting if it is a working day", () => {
  it("MIIT's 5th batch notice of 5 working days ran from Friday 2023-07-14 to Thursday 2023-07-20", () => {
    expect(addWorkingDays("2023-07-14", 5, CN)).toBe("2023-07-20");
    expect(workingDaysBetween("2023-07-14", "2023-07-20", CN)).toBe(5);
  });

  it.each([
    ["a notice starting on a Saturday counts from Monday", "2023-07-15", 5, "2023-07-21"],
    ["a 1-day notice starting on a working day ends the same day", "2023-07-14", 1, "2023-07-14"],
    ["a 1-day notice starting on a holiday ends on the next working day", "2024-10-01", 1, "2024-10-08"],
    ["Spring Festival 2024 stops the count and the Sunday make-up day resumes it", "2024-02-08", 5, "2024-02-20"],
    ["Spring Festival 2025 starts on the Eve; Sunday 26 January is worked", "2025-01-24", 5, "2025-02-06"],
    ["National Day 2023, joined with Mid-Autumn, and its weekend make-up days", "2023-09-27", 5, "2023-10-09"],
    ["National Day 2024 with the Sunday make-up day before it", "2024-09-26", 5, "2024-10-08"],
    ["across the year end into New Year 2026 and its Sunday make-up day", "2025-12-29", 5, "2026-01-05"],
    ["across a leap day, 29 February counting as a working day", "2024-02-26", 5, "2024-03-01"],
    ["across the end of February in a common year", "2023-02-27", 5, "2023-03-03"],
    ["across a month end with a weekend", "2023-06-29", 5, "2023-07-05"],
    ["a 10-day notice spanning Labour Day 2025 (28, 29, 30 April; 6–9 and 12–14 May)", "2025-04-28", 10, "2025-05-14"],
  ] as const)("%s: %s + %i working days ends %s", (_rule, start, n, end) => {
    expect(addWorkingDays(start, n, CN)).toBe(end);
  });

  it("a notice of 0 or a fractional number of working days is a programming error", () => {
    expect(() => addWorkingDays("2023-07-14", 0, CN)).toThrow(RangeError);
    expect(() => addWorkingDays("2023-07-14", 2.5, CN)).toThrow(RangeError);
  });

  it("the end date is a working day and the period holds exactly n working days, for any start and length", () => {
    const starts = fc.integer({ min: 0, max: 8 * 365 }).map((offset) => addDays("2019-01-01", offset));
    fc.assert(
      fc.property(starts, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const end = addWorkingDays(start, n, CN);
        expect(isWorkingDay(end, CN)).toBe(true);
        expect(workingDaysBetween(start, end, CN)).toBe(n);
        expect(workingDaysBetween(start, addDays(end, -1), CN)).toBe(n - 1);
      }),
    );
  });
});

describe("working days between two dates, both included", () => {
  it.each([
    ["a working day on its own", "2023-07-14", "2023-07-14", 1],
    ["a Saturday on its own", "2023-07-15", "2023-07-15", 0],
    ["an end before the start", "2023-07-20", "2023-07-14", 0],
    ["the 2023 Golden Week, 29 September to 8 October, with two weekend make-up days", "2023-09-29", "2023-10-08", 2],
    ["2023 in full", "2023-01-01", "2023-12-31", 249],
    ["2024 in full, a leap year", "2024-01-01", "2024-12-31", 251],
    ["2025 in full, with two more public holidays", "2025-01-01", "2025-12-31", 248],
  ] as const)("%s: %s to %s holds %i", (_rule, start, end, count) => {
    expect(workingDaysBetween(start, end, CN)).toBe(count);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, anniversary, dayOfWeek, dayNumber, eachDay, fromDayNumber, isIsoDate, isoDateOf, isLeapYear } from "@/lib/calendar/iso-date";

const isoDates = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("ISO calendar dates", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-04-31", false],
    ["2023-13-01", false],
    ["2023-7-14", false],
    ["2023-07-14T00:00:00Z", false],
    ["0099-01-01", false],
    ["", false],
  ])("%j is a real YYYY-MM-DD date: %s", (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it("refuses to compute with a malformed date instead of rolling it into the next month", () => {
    expect(() => addDays("2023-02-30", 1)).toThrow(RangeError);
  });

  it.each([
    ["2023-12-31", 1, "2024-01-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-01-01", -1, "2023-12-31"],
    ["2024-01-31", 30, "2024-03-01"],
  ] as const)("%s moved by %i days is %s, across month, year and leap-day ends", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ["2023-07-14", 5],
    ["2000-01-01", 6],
    ["1970-01-01", 4],
    ["1969-12-31", 3],
    ["2024-02-29", 4],
  ] as const)("%s falls on weekday %i (0 = Sunday)", (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it("agrees with the UTC weekday and survives a round trip through day numbers, for any date", () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        expect(dayOfWeek(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
        expect(fromDayNumber(dayNumber(date))).toBe(date);
        expect(addDays(addDays(date, days), -days)).toBe(date);
      }),
    );
  });

  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
  ] as const)("%i is a leap year: %s", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    ["2023-07-14", 3, "2026-07-14"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2024-02-29", 3, "2027-03-01"],
    ["2024-02-29", 1, "2025-03-01"],
    ["2023-02-28", 1, "2024-02-28"],
  ] as const)("the anniversary of %s after %i years is %s (29 February rolls to 1 March)", (date, years, expected) => {
    expect(anniversary(date, years)).toBe(expected);
  });

  it("builds a date from numbers, clamping a day past the month's end", () => {
    expect(isoDateOf(2024, 4, 30)).toBe("2024-04-30");
    expect(isoDateOf(2023, 2, 29)).toBe("2023-02-28");
    expect(isoDateOf(2024, 2, 31)).toBe("2024-02-29");
  });

  it("lists every day of a range, both ends included, and nothing for a reversed range", () => {
    expect(eachDay("2023-12-30", "2024-01-02")).toEqual(["2023-12-30", "2023-12-31", "2024-01-01", "2024-01-02"]);
    expect(eachDay("2024-01-02", "2024-01-01")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { CHINA_MAINLAND_CALENDAR, calendarCovers, holidayCalendarSchema } from "@/lib/calendar/holiday-calendar";
import { isWeekend } from "@/lib/calendar/iso-date";

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
const inYear = (year: number) => (date: string) => date.startsWith(`${year}-`);

describe("mainland China holiday calendar, 2019–2026", () => {
  it("is valid against the schema administrators edit it with", () => {
    expect(holidayCalendarSchema.safeParse(CHINA_MAINLAND_CALENDAR).success).toBe(true);
  });

  it("covers each year from 2019 to 2026 and names the notice of each", () => {
    expect(CHINA_MAINLAND_CALENDAR.years).toEqual(YEARS);
    expect(CHINA_MAINLAND_CALENDAR.sources.map((s) => s.year)).toEqual(YEARS);
    for (const source of CHINA_MAINLAND_CALENDAR.sources) {
      expect(source.reference).toMatch(new RegExp(`^国务院办公厅关于${source.year}年部分节假日安排的通知（国办发明电〔\\d{4}〕\\d+号）`));
    }
    expect(calendarCovers(CHINA_MAINLAND_CALENDAR, "2026-12-31")).toBe(true);
    expect(calendarCovers(CHINA_MAINLAND_CALENDAR, "2027-01-01")).toBe(false);
  });

  it("lists no date twice", () => {
    expect(new Set(CHINA_MAINLAND_CALENDAR.holidays).size).toBe(CHINA_MAINLAND_CALENDAR.holidays.length);
    expect(new Set(CHINA_MAINLAND_CALENDAR.makeUpWorkdays).size).toBe(CHINA_MAINLAND_CALENDAR.makeUpWorkdays.length);
  });

  it("every make-up working day (调休上班) is a Saturday or Sunday", () => {
    expect(CHINA_MAINLAND_CALENDAR.makeUpWorkdays.filter((d) => !isWeekend(d))).toEqual([]);
  });

  // Each statutory holiday that falls on a working day is taken off, and every weekday borrowed
  // to build a long break is paid back by a make-up day. So weekday holidays minus make-up days
  // equals the statutory days: 11 a year, 13 from 2025 (全国年节及纪念日放假办法, revised 2024).
  it.each([
    [2019, 11],
    [2020, 13], // 11, plus the COVID-19 extension: Friday 31 January off, Saturday 1 February no longer worked
    [2021, 11],
    [2022, 11],
    [2023, 11],
    [2024, 11],
    [2025, 13],
    [2026, 13],
  ])("in %i, weekday holidays minus make-up days equal the %i statutory days off", (year, statutory) => {
    const weekdayHolidays = CHINA_MAINLAND_CALENDAR.holidays.filter(inYear(year)).filter((d) => !isWeekend(d));
    const makeUps = CHINA_MAINLAND_CALENDAR.makeUpWorkdays.filter(inYear(year));
    expect(weekdayHolidays.length - makeUps.length).toBe(statutory);
  });

  it.each([
    ["2024-02-10", "2024 Spring Festival starts on the first day of the lunar year"],
    ["2025-01-28", "from 2025 the Spring Festival holiday starts on Spring Festival Eve"],
    ["2025-05-02", "from 2025, 2 May is a public holiday"],
    ["2023-09-29", "Mid-Autumn and National Day were joined in 2023"],
    ["2020-01-31", "the 2020 Spring Festival was extended for COVID-19"],
    ["2019-05-03", "the 2019 Labour Day holiday was enlarged to four days"],
    ["2018-12-31", "the 2019 notice reaches back into 2018"],
  ])("%s is a holiday: %s", (date) => {
    expect(CHINA_MAINLAND_CALENDAR.holidays).toContain(date);
  });

  it("2024 Spring Festival Eve (9 February) was only encouraged as a day off: neither holiday nor make-up day", () => {
    expect(CHINA_MAINLAND_CALENDAR.holidays).not.toContain("2024-02-09");
    expect(CHINA_MAINLAND_CALENDAR.makeUpWorkdays).not.toContain("2024-02-09");
  });

  it("the 2020 extension turned the make-up day of Saturday 1 February into a holiday", () => {
    expect(CHINA_MAINLAND_CALENDAR.holidays).toContain("2020-02-01");
    expect(CHINA_MAINLAND_CALENDAR.makeUpWorkdays).not.toContain("2020-02-01");
    expect(CHINA_MAINLAND_CALENDAR.makeUpWorkdays).toContain("2020-01-19");
  });
});

describe("holiday calendar schema", () => {
  const base = { id: "test", name: { zh: "测试", en: "Test" }, years: [2024], holidays: [], makeUpWorkdays: [] };

  it("accepts a calendar with no dates and defaults its sources to none", () => {
    expect(holidayCalendarSchema.parse(base).sources).toEqual([]);
  });

  it("refuses a date that is both a holiday and a make-up working day", () => {
    const result = holidayCalendarSchema.safeParse({ ...base, holidays: ["2024-02-18"], makeUpWorkdays: ["2024-02-18"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["makeUpWorkdays", 0]);
  });

  it.each(["2023-02-29", "2024/01/01", "20240101"])("refuses the malformed date %j", (date) => {
    expect(holidayCalendarSchema.safeParse({ ...base, holidays: [date] }).success).toBe(false);
  });
});

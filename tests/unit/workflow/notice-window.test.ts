import { describe, expect, it } from "vitest";
import { CHINA_MAINLAND_CALENDAR } from "@/lib/calendar/holiday-calendar";
import { chinaDate } from "@/lib/calendar/today";
import {
  announcePossibleFrom,
  MAX_NOTICE_WORKING_DAYS,
  noticeOpen,
  noticePeriodEnded,
  planExtension,
  planNotice,
  requiredNoticeWorkingDays,
  type NoticePlan,
  type NoticeRefusal,
} from "@/lib/workflow/notice-window";

// 2019–2026 loaded; 2027 is not. In 2026: 25–27 Sep Mid-Autumn, 1–7 Oct National Day, Saturday
// 10 Oct a make-up working day.
const CN = CHINA_MAINLAND_CALENDAR;
const plan = (start: string, today: string, workingDays = 5, programmeWorkingDays = 5, nationalMinimum = 5) =>
  planNotice({ start, today, workingDays, programmeWorkingDays, nationalMinimum, calendar: CN });

function refused(result: NoticePlan | NoticeRefusal): NoticeRefusal {
  if (result.ok) throw new Error(`expected a refusal, got a notice ending ${result.end}`);
  return result;
}

describe("a notice starts today (Beijing date) or on a later working day, never in the past", () => {
  it.each([
    ["yesterday is refused", "2026-09-21", "2026-09-22", false],
    ["a month ago is refused", "2026-08-22", "2026-09-22", false],
    ["today is accepted", "2026-09-22", "2026-09-22", true],
    ["tomorrow is accepted", "2026-09-23", "2026-09-22", true],
    ["a future holiday Saturday is refused", "2026-09-26", "2026-09-22", false],
  ] as const)("%s", (_rule, start, today, ok) => {
    expect(plan(start, today).ok).toBe(ok);
  });

  it("a back-dated start names the rule and today as the earliest start, in both languages", () => {
    const refusal = refused(plan("2026-09-21", "2026-09-22"));
    expect(refusal).toMatchObject({ rule: "start-in-past", field: "noticeStart", possibleFrom: "2026-09-22" });
    expect(refusal.message.zh).toContain("不得早于今天");
    expect(refusal.message.zh).toContain("2026-09-22");
    expect(refusal.message.en).toContain("cannot start in the past");
    expect(refusal.message.en).toContain("2026-09-22");
  });

  it("on a holiday Saturday, today is a valid start and counting begins on the next working day", () => {
    // Sat 26 Sep 2026 (Mid-Autumn): 28, 29, 30 Sep, then 8 and 9 Oct after National Day.
    expect(plan("2026-09-26", "2026-09-26")).toEqual({ ok: true, start: "2026-09-26", end: "2026-10-09", workingDays: 5 });
  });

  it.each([
    ["a future Sunday", "2026-09-13", "2026-09-14"],
    ["a future day inside National Day", "2026-10-03", "2026-10-08"],
  ] as const)("%s is refused, naming the next working day", (_what, start, next) => {
    expect(refused(plan(start, "2026-09-08"))).toMatchObject({ rule: "start-not-working-day", possibleFrom: next });
  });

  it("a future Sunday that is a make-up working day (20 Sep 2026) is a valid start", () => {
    expect(plan("2026-09-20", "2026-09-08")).toMatchObject({ ok: true, end: "2026-09-24" });
  });

  it("a future Saturday that is a make-up working day (10 Oct 2026) is a valid start", () => {
    expect(plan("2026-10-10", "2026-09-22")).toMatchObject({ ok: true, end: "2026-10-15" });
  });
});

describe("a notice lasts at least the call's working days, never fewer than the national minimum", () => {
  it.each([
    // workingDays, programme, national minimum, accepted
    [4, 5, 5, false],
    [5, 5, 5, true],
    [6, 5, 5, true],
    [4, 3, 5, false], // the call asks for 3, the national minimum of 5 still holds
    [5, 3, 5, true],
    [6, 7, 5, false], // the call asks for more than the minimum: its own setting holds
    [7, 7, 5, true],
    [1, 1, 1, true], // only a national administrator's minimum of 1 would allow a one-day notice
    [MAX_NOTICE_WORKING_DAYS, 5, 5, true],
    [MAX_NOTICE_WORKING_DAYS + 1, 5, 5, false],
  ] as const)("%i working days with the call at %i and the minimum at %i: accepted %s", (days, programme, minimum, ok) => {
    const result = plan("2026-09-22", "2026-09-22", days, programme, minimum);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.field).toBe("workingDays");
  });

  it("a short notice names the required length, the call's and the national minimum", () => {
    const refusal = refused(plan("2026-09-22", "2026-09-22", 4, 3, 5));
    expect(refusal).toMatchObject({ rule: "too-short", possibleFrom: null });
    expect(refusal.message.en).toBe("A notice lasts at least 5 working days (this call sets 3, the national minimum is 5).");
    expect(refusal.message.zh).toBe("公示期不得少于5个工作日（本项目设定3个，全国最低5个）。");
  });

  it("the required length is the larger of the two", () => {
    expect(requiredNoticeWorkingDays(3, 5)).toBe(5);
    expect(requiredNoticeWorkingDays(7, 5)).toBe(7);
  });
});

describe("the end date follows the holiday calendar", () => {
  it.each([
    ["an ordinary week", "2026-09-14", "2026-09-18"],
    ["across Mid-Autumn and National Day: 24, 28, 29, 30 Sep and 8 Oct", "2026-09-24", "2026-10-08"],
    ["counting the make-up Saturday 10 Oct: 8, 9, 10, 12, 13 Oct", "2026-10-08", "2026-10-13"],
  ] as const)("%s", (_what, start, end) => {
    expect(plan(start, "2026-09-01")).toMatchObject({ ok: true, end });
  });
});

describe("the calendar must cover the notice: a notice into a year with no holiday data is refused", () => {
  it.each([
    ["ending on 31 Dec 2026 (just before the uncovered year)", "2026-12-25", true],
    ["ending on 1 Jan 2027 (just into it)", "2026-12-28", false],
    ["starting in 2027", "2027-01-04", false],
  ] as const)("a notice %s (start %s): accepted %s", (_what, start, ok) => {
    expect(plan(start, "2026-12-24").ok).toBe(ok);
  });

  it("the refusal tells the administrator to load that year", () => {
    const refusal = refused(plan("2026-12-28", "2026-12-24"));
    expect(refusal).toMatchObject({ rule: "calendar-not-loaded", possibleFrom: null });
    expect(refusal.message.zh).toContain("请管理员先在“节假日管理”中录入2027年的放假安排");
    expect(refusal.message.en).toContain("load the holiday arrangement for 2027");
  });
});

describe("announcing is possible only after the last notice day has ended (Beijing time)", () => {
  it.each([
    ["the day before the last", "2026-09-28", false],
    ["the last day itself", "2026-09-29", false],
    ["the day after", "2026-09-30", true],
  ] as const)("on %s: ended %s", (_when, today, ended) => {
    expect(noticePeriodEnded("2026-09-29", today)).toBe(ended);
  });

  it.each([
    ["23:59:59 on the last day in Beijing", "2026-09-29T15:59:59Z", false],
    ["00:00 the next day in Beijing (still the last day in UTC)", "2026-09-29T16:00:00Z", true],
  ] as const)("at %s: ended %s", (_when, instant, ended) => {
    expect(noticePeriodEnded("2026-09-29", chinaDate(new Date(instant)))).toBe(ended);
  });

  it("names the first day announcing is possible, and a batch with no notice has not ended one", () => {
    expect(announcePossibleFrom("2026-09-29")).toBe("2026-09-30");
    expect(announcePossibleFrom("2026-12-31")).toBe("2027-01-01");
    expect(noticePeriodEnded(null, "2030-01-01")).toBe(false);
  });

  it.each([
    ["the day before the first", "2026-09-21", false],
    ["the first day", "2026-09-22", true],
    ["the last day", "2026-09-29", true],
    ["the day after the last", "2026-09-30", false],
  ] as const)("objections can be lodged on %s: %s", (_when, today, open) => {
    expect(noticeOpen({ start: "2026-09-22", end: "2026-09-29" }, today)).toBe(open);
  });
});

describe("a notice can be extended while it runs, never shortened", () => {
  // 22–29 Sep 2026: 22, 23, 24, 28, 29 — 5 working days.
  const extend = (workingDays: number, today = "2026-09-25", start = "2026-09-22", currentEnd = "2026-09-29") =>
    planExtension({ start, currentEnd, workingDays, today, calendar: CN });

  it.each([
    [4, false],
    [5, false],
    [6, true],
  ] as const)("to %i working days in all: accepted %s", (days, ok) => {
    expect(extend(days).ok).toBe(ok);
  });

  it("the new end follows the calendar: 10 working days reach Monday 12 Oct over National Day and the make-up Saturday", () => {
    expect(extend(10)).toEqual({ ok: true, start: "2026-09-22", end: "2026-10-12", workingDays: 10 });
  });

  it("shortening names the rule, the current length and end, and the least extension", () => {
    const refusal = refused(extend(4));
    expect(refusal).toMatchObject({ rule: "not-longer", field: "workingDays" });
    expect(refusal.message.en).toBe(
      "A notice can be extended, not shortened: it now lasts 5 working days (until 2026-09-29); an extension makes it at least 6.",
    );
    expect(refusal.message.zh).toContain("只能延长，不能缩短");
  });

  it.each([
    ["on its last day", "2026-09-29", true],
    ["the day after it ended", "2026-09-30", false],
  ] as const)("%s: accepted %s", (_when, today, ok) => {
    const result = extend(6, today);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.rule).toBe("notice-ended");
  });

  it("an extension into an uncovered year is refused like a new notice", () => {
    // 21–25 Dec 2026 is 5 working days; 10 reach 1 Jan 2027.
    expect(refused(extend(10, "2026-12-22", "2026-12-21", "2026-12-25"))).toMatchObject({ rule: "calendar-not-loaded" });
    expect(extend(9, "2026-12-22", "2026-12-21", "2026-12-25")).toMatchObject({ ok: true, end: "2026-12-31" });
  });

  it("is at most the longest notice", () => {
    expect(refused(extend(MAX_NOTICE_WORKING_DAYS + 1))).toMatchObject({ rule: "too-long" });
  });
});

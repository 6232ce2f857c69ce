import { calendarCovers, type HolidayCalendar } from "@/lib/calendar/holiday-calendar";
import { addDays, compareIsoDates, type IsoDate } from "@/lib/calendar/iso-date";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@/lib/calendar/working-days";
import type { Bilingual } from "./transition-refusal";

/**
 * The date rules of a public notice (公示), the one moment a citizen can stop a wrong
 * recognition (rules.md, Procedure: "a public notice of the proposed list (in practice 5 working
 * days; weekends and public holidays do not count) during which anyone may lodge a written
 * objection"; docs/decisions/016). Plain dates in, a plan or a refusal out: the
 * refusal names the rule and, where waiting helps, the first day the action becomes possible.
 * `today` is the Beijing date of the caller's clock (lib/calendar/today: chinaDate).
 */

export const NOTICE_RULES = ["start-in-past", "start-not-working-day", "too-short", "too-long", "calendar-not-loaded", "notice-ended", "not-longer"] as const;
export type NoticeRule = (typeof NOTICE_RULES)[number];

/** The national floor under every programme's notice length, until the administrator sets one. */
export const DEFAULT_MINIMUM_NOTICE_WORKING_DAYS = 5;
/** A notice longer than this is a typing error rather than a plan. */
export const MAX_NOTICE_WORKING_DAYS = 60;

export interface NoticeRefusal {
  ok: false;
  code: "notice-rule";
  rule: NoticeRule;
  /** The form field the refusal is about. */
  field: "noticeStart" | "workingDays";
  /** The first day on which the refused action would be accepted; null when waiting does not help. */
  possibleFrom: IsoDate | null;
  message: Bilingual;
}

export interface NoticePlan {
  ok: true;
  start: IsoDate;
  end: IsoDate;
  workingDays: number;
}

function refuse(rule: NoticeRule, field: NoticeRefusal["field"], possibleFrom: IsoDate | null, message: Bilingual): NoticeRefusal {
  return { ok: false, code: "notice-rule", rule, field, possibleFrom, message };
}

/** The shortest notice allowed for a call: its own setting, never below the national minimum. */
export function requiredNoticeWorkingDays(programmeWorkingDays: number, nationalMinimum: number): number {
  return Math.max(programmeWorkingDays, nationalMinimum);
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: IsoDate, calendar: HolidayCalendar): IsoDate {
  return addWorkingDays(date, 1, calendar);
}

/** Years from `start`'s to `end`'s for which the calendar holds no official arrangement. */
export function uncoveredYears(start: IsoDate, end: IsoDate, calendar: HolidayCalendar): number[] {
  const missing: number[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    if (!calendarCovers(calendar, `${year}-01-01`)) missing.push(year);
  }
  return missing;
}

const tooLong = () =>
  refuse("too-long", "workingDays", null, {
    zh: `公示期最长${MAX_NOTICE_WORKING_DAYS}个工作日，请检查输入。`,
    en: `A notice lasts at most ${MAX_NOTICE_WORKING_DAYS} working days; check the number.`,
  });

function calendarNotLoaded(years: number[]): NoticeRefusal {
  const list = years.join("、");
  return refuse("calendar-not-loaded", "noticeStart", null, {
    zh: `公示期将进入尚未录入节假日安排的${list}年，无法确定工作日。请管理员先在“节假日管理”中录入${list}年的放假安排，再发布或延长公示。`,
    en: `The notice would run into ${years.join(", ")}, for which no public holidays have been loaded, so its working days cannot be counted. An administrator must first load the holiday arrangement for ${years.join(", ")} (Holiday calendar), then publish or extend the notice.`,
  });
}

/**
 * Plans a new notice. Rules: it starts today (Beijing date) or on a later working day, never in
 * the past, so nobody loses a day of the window to a back-dated start; it lasts at least the
 * call's working days and never fewer than the national minimum; every year it touches has its
 * holiday arrangement loaded, so the end date is the real n-th working day.
 */
export function planNotice(input: {
  start: IsoDate;
  workingDays: number;
  today: IsoDate;
  programmeWorkingDays: number;
  nationalMinimum: number;
  calendar: HolidayCalendar;
}): NoticePlan | NoticeRefusal {
  const { start, today, calendar } = input;
  if (compareIsoDates(start, today) < 0) {
    return refuse("start-in-past", "noticeStart", today, {
      zh: `公示开始日期不得早于今天（北京时间）：公众须在整个公示期内都能提出异议。最早可从${today}开始。`,
      en: `A notice cannot start in the past (Beijing time): the public must be able to object for the whole notice period. The earliest start is ${today}.`,
    });
  }
  if (compareIsoDates(start, today) > 0 && !isWorkingDay(start, calendar)) {
    const next = nextWorkingDay(start, calendar);
    return refuse("start-not-working-day", "noticeStart", next, {
      zh: `${start}不是工作日：公示应从今天或今后的某个工作日开始。最近可选的工作日为${next}。`,
      en: `${start} is not a working day: a notice starts today or on a later working day. The next working day is ${next}.`,
    });
  }
  const required = requiredNoticeWorkingDays(input.programmeWorkingDays, input.nationalMinimum);
  if (!Number.isInteger(input.workingDays) || input.workingDays < required) {
    return refuse("too-short", "workingDays", null, {
      zh: `公示期不得少于${required}个工作日（本项目设定${input.programmeWorkingDays}个，全国最低${input.nationalMinimum}个）。`,
      en: `A notice lasts at least ${required} working days (this call sets ${input.programmeWorkingDays}, the national minimum is ${input.nationalMinimum}).`,
    });
  }
  if (input.workingDays > MAX_NOTICE_WORKING_DAYS) return tooLong();
  const end = addWorkingDays(start, input.workingDays, calendar);
  const missing = uncoveredYears(start, end, calendar);
  if (missing.length > 0) return calendarNotLoaded(missing);
  return { ok: true, start, end, workingDays: input.workingDays };
}

/** The first day a batch may be announced: the day after its last notice day (Beijing date). */
export function announcePossibleFrom(noticeEnd: IsoDate): IsoDate {
  return addDays(noticeEnd, 1);
}

/** Whether the last notice day has ended by `today`; false while the batch has no notice end. */
export function noticePeriodEnded(noticeEnd: IsoDate | null, today: IsoDate): boolean {
  return noticeEnd !== null && compareIsoDates(noticeEnd, today) < 0;
}

/** Whether the public may object on `today`: from the first to the last notice day, both included. */
export function noticeOpen(window: { start: IsoDate | null; end: IsoDate | null }, today: IsoDate): boolean {
  return window.start !== null && window.end !== null && compareIsoDates(window.start, today) <= 0 && compareIsoDates(today, window.end) <= 0;
}

/**
 * Plans an extension (to answer objections): the notice keeps its start and now lasts
 * `workingDays` in all, so its end moves later; shortening is refused (the public was told the
 * end date). It is only possible while the notice runs: extending one that has ended would leave
 * a gap in which nobody could object.
 */
export function planExtension(input: {
  start: IsoDate;
  currentEnd: IsoDate;
  workingDays: number;
  today: IsoDate;
  calendar: HolidayCalendar;
}): NoticePlan | NoticeRefusal {
  const { start, currentEnd, today, calendar } = input;
  if (compareIsoDates(currentEnd, today) < 0) {
    return refuse("notice-ended", "workingDays", null, {
      zh: `公示已于${currentEnd}结束，不能再延长（延长只能在公示期内进行，否则中间会有无法提出异议的空档）。如需重新公示，请撤销本批次后重新组批。`,
      en: `The notice ended on ${currentEnd} and can no longer be extended (an extension is made while the notice runs, or there would be days on which nobody could object). To notice the list again, withdraw this batch and build a new one.`,
    });
  }
  if (input.workingDays > MAX_NOTICE_WORKING_DAYS) return tooLong();
  const current = workingDaysBetween(start, currentEnd, calendar);
  const end = Number.isInteger(input.workingDays) && input.workingDays >= 1 ? addWorkingDays(start, input.workingDays, calendar) : start;
  if (compareIsoDates(end, currentEnd) <= 0) {
    return refuse("not-longer", "workingDays", null, {
      zh: `公示期只能延长，不能缩短：现为${current}个工作日（至${currentEnd}），延长后应至少${current + 1}个工作日。`,
      en: `A notice can be extended, not shortened: it now lasts ${current} working days (until ${currentEnd}); an extension makes it at least ${current + 1}.`,
    });
  }
  const missing = uncoveredYears(start, end, calendar);
  if (missing.length > 0) return calendarNotLoaded(missing);
  return { ok: true, start, end, workingDays: input.workingDays };
}

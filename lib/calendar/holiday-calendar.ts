import { z } from "zod";
import { eachDay, type IsoDate } from "./iso-date";

/**
 * A public-holiday calendar: which dates are rest days (放假) and which weekend days are
 * official make-up working days (调休上班). Plain data with ISO dates, so administrators can
 * edit it as JSON and it can be stored as-is; `holidayCalendarSchema` validates an edited one.
 *
 * `years` lists the years whose official arrangement has been entered. Working-day counts in
 * other years still run (weekends only), but callers should warn: see `calendarCovers`.
 */
export const holidayCalendarSchema = z
  .object({
    id: z.string().min(1),
    name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    years: z.array(z.number().int().min(1900).max(9999)),
    /** Rest days, including weekend days that fall inside a holiday period. */
    holidays: z.array(z.iso.date()),
    /** Days that are worked although they fall on a weekend. */
    makeUpWorkdays: z.array(z.iso.date()),
    /** Where the dates come from (the State Council notice for each year), for the record. */
    sources: z.array(z.object({ year: z.number().int(), reference: z.string().min(1) })).default([]),
  })
  .superRefine((calendar, ctx) => {
    const holidays = new Set(calendar.holidays);
    calendar.makeUpWorkdays.forEach((date, index) => {
      if (holidays.has(date)) {
        ctx.addIssue({
          code: "custom",
          path: ["makeUpWorkdays", index],
          message: `${date} cannot be both a holiday and a make-up working day`,
        });
      }
    });
  });

export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;

/** True when the calendar holds the official arrangement for the year of `date`. */
export function calendarCovers(calendar: HolidayCalendar, date: IsoDate): boolean {
  return calendar.years.includes(Number(date.slice(0, 4)));
}

// ── Built-in data: mainland China, from the State Council General Office notices ─────────────
// 国务院办公厅关于<year>年部分节假日安排的通知. Each row lists the holiday periods exactly as the
// notice states them (a single day "与周末连休" is listed alone: the weekend is a rest day
// anyway) and the make-up working days it names. A notice may reach into the previous year
// (New Year's Day 2019 and 2023).

type Period = readonly [first: IsoDate, last?: IsoDate];

interface YearArrangement {
  year: number;
  /** Document number of the year's notice. */
  notice: string;
  /** A later notice that changed the arrangement, if any. */
  amendedBy?: string;
  holidays: readonly Period[];
  makeUpWorkdays: readonly IsoDate[];
}

const CHINA_MAINLAND_ARRANGEMENTS: readonly YearArrangement[] = [
  {
    // Labour Day was enlarged from 1 May to 1–4 May on 2019-03-22, with 28 April and 5 May
    // (both Sundays) worked instead.
    year: 2019,
    notice: "国办发明电〔2018〕15号",
    amendedBy: "国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）",
    holidays: [
      ["2018-12-30", "2019-01-01"], // 元旦
      ["2019-02-04", "2019-02-10"], // 春节
      ["2019-04-05"], // 清明节，与周末连休
      ["2019-05-01", "2019-05-04"], // 劳动节（调整后）
      ["2019-06-07"], // 端午节，与周末连休
      ["2019-09-13"], // 中秋节，与周末连休
      ["2019-10-01", "2019-10-07"], // 国庆节
    ],
    makeUpWorkdays: ["2018-12-29", "2019-02-02", "2019-02-03", "2019-04-28", "2019-05-05", "2019-09-29", "2019-10-12"],
  },
  {
    // The Spring Festival holiday was extended to 2 February on 2020-01-26 (COVID-19), so
    // Saturday 1 February, first announced as a make-up working day, became a rest day.
    year: 2020,
    notice: "国办发明电〔2019〕16号",
    amendedBy: "国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）",
    holidays: [
      ["2020-01-01"], // 元旦
      ["2020-01-24", "2020-02-02"], // 春节（延长后）
      ["2020-04-04", "2020-04-06"], // 清明节
      ["2020-05-01", "2020-05-05"], // 劳动节
      ["2020-06-25", "2020-06-27"], // 端午节
      ["2020-10-01", "2020-10-08"], // 国庆节、中秋节
    ],
    makeUpWorkdays: ["2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"],
  },
  {
    year: 2021,
    notice: "国办发明电〔2020〕27号",
    holidays: [
      ["2021-01-01", "2021-01-03"], // 元旦
      ["2021-02-11", "2021-02-17"], // 春节
      ["2021-04-03", "2021-04-05"], // 清明节
      ["2021-05-01", "2021-05-05"], // 劳动节
      ["2021-06-12", "2021-06-14"], // 端午节
      ["2021-09-19", "2021-09-21"], // 中秋节
      ["2021-10-01", "2021-10-07"], // 国庆节
    ],
    makeUpWorkdays: ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"],
  },
  {
    year: 2022,
    notice: "国办发明电〔2021〕11号",
    holidays: [
      ["2022-01-01", "2022-01-03"], // 元旦
      ["2022-01-31", "2022-02-06"], // 春节
      ["2022-04-03", "2022-04-05"], // 清明节
      ["2022-04-30", "2022-05-04"], // 劳动节
      ["2022-06-03", "2022-06-05"], // 端午节
      ["2022-09-10", "2022-09-12"], // 中秋节
      ["2022-10-01", "2022-10-07"], // 国庆节
    ],
    makeUpWorkdays: ["2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"],
  },
  {
    year: 2023,
    notice: "国办发明电〔2022〕16号",
    holidays: [
      ["2022-12-31", "2023-01-02"], // 元旦
      ["2023-01-21", "2023-01-27"], // 春节
      ["2023-04-05"], // 清明节
      ["2023-04-29", "2023-05-03"], // 劳动节
      ["2023-06-22", "2023-06-24"], // 端午节
      ["2023-09-29", "2023-10-06"], // 中秋节、国庆节
    ],
    makeUpWorkdays: ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"],
  },
  {
    year: 2024,
    notice: "国办发明电〔2023〕7号",
    holidays: [
      ["2024-01-01"], // 元旦，与周末连休
      ["2024-02-10", "2024-02-17"], // 春节（除夕2月9日只是“鼓励”休息，仍为工作日）
      ["2024-04-04", "2024-04-06"], // 清明节
      ["2024-05-01", "2024-05-05"], // 劳动节
      ["2024-06-10"], // 端午节，与周末连休
      ["2024-09-15", "2024-09-17"], // 中秋节
      ["2024-10-01", "2024-10-07"], // 国庆节
    ],
    makeUpWorkdays: ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"],
  },
  {
    // The first year under the 2024 revision of 全国年节及纪念日放假办法 (Spring Festival Eve and
    // 2 May became public holidays).
    year: 2025,
    notice: "国办发明电〔2024〕12号",
    holidays: [
      ["2025-01-01"], // 元旦，不调休
      ["2025-01-28", "2025-02-04"], // 春节（自除夕起）
      ["2025-04-04", "2025-04-06"], // 清明节
      ["2025-05-01", "2025-05-05"], // 劳动节
      ["2025-05-31", "2025-06-02"], // 端午节
      ["2025-10-01", "2025-10-08"], // 国庆节、中秋节
    ],
    makeUpWorkdays: ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
  },
  {
    year: 2026,
    notice: "国办发明电〔2025〕7号",
    holidays: [
      ["2026-01-01", "2026-01-03"], // 元旦
      ["2026-02-15", "2026-02-23"], // 春节
      ["2026-04-04", "2026-04-06"], // 清明节
      ["2026-05-01", "2026-05-05"], // 劳动节
      ["2026-06-19", "2026-06-21"], // 端午节
      ["2026-09-25", "2026-09-27"], // 中秋节
      ["2026-10-01", "2026-10-07"], // 国庆节
    ],
    makeUpWorkdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
  },
];

/** Mainland China public holidays and make-up working days, 2019–2026. */
export const CHINA_MAINLAND_CALENDAR: HolidayCalendar = {
  id: "cn-mainland",
  name: { zh: "中国大陆法定节假日", en: "Mainland China public holidays" },
  years: CHINA_MAINLAND_ARRANGEMENTS.map((a) => a.year),
  holidays: CHINA_MAINLAND_ARRANGEMENTS.flatMap((a) => a.holidays.flatMap(([first, last]) => eachDay(first, last ?? first))),
  makeUpWorkdays: CHINA_MAINLAND_ARRANGEMENTS.flatMap((a) => [...a.makeUpWorkdays]),
  sources: CHINA_MAINLAND_ARRANGEMENTS.map((a) => ({
    year: a.year,
    reference: [`国务院办公厅关于${a.year}年部分节假日安排的通知（${a.notice}）`, a.amendedBy].filter(Boolean).join("；"),
  })),
};

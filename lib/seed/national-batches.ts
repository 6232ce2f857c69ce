/**
 * The seven national little-giant batches 2019–2025 at their published sizes (rules.md, "National
 * little-giant batches"; batch 4 as announced, 4,328). Notice and announcement dates are
 * illustrative except batch 5's notice (2023-07-14 to 07-20), which rules.md records.
 */
export const NATIONAL_BATCHES = [
  { ordinal: 1, year: 2019, size: 248, noticeStart: "2019-05-24", noticeEnd: "2019-05-30", announcedOn: "2019-06-21" },
  { ordinal: 2, year: 2020, size: 1_584, noticeStart: "2020-11-13", noticeEnd: "2020-11-19", announcedOn: "2020-12-07" },
  { ordinal: 3, year: 2021, size: 2_930, noticeStart: "2021-07-02", noticeEnd: "2021-07-08", announcedOn: "2021-07-19" },
  { ordinal: 4, year: 2022, size: 4_328, noticeStart: "2022-07-08", noticeEnd: "2022-07-14", announcedOn: "2022-08-04" },
  { ordinal: 5, year: 2023, size: 3_671, noticeStart: "2023-07-14", noticeEnd: "2023-07-20", announcedOn: "2023-08-01" },
  { ordinal: 6, year: 2024, size: 3_012, noticeStart: "2024-07-19", noticeEnd: "2024-07-25", announcedOn: "2024-08-09" },
  { ordinal: 7, year: 2025, size: 3_482, noticeStart: "2025-07-18", noticeEnd: "2025-07-24", announcedOn: "2025-08-08" },
].map((batch) => ({
  ...batch,
  titleZh: `第${"一二三四五六七"[batch.ordinal - 1]}批专精特新“小巨人”企业名单`,
  titleEn: `National little giants, batch ${batch.ordinal}`,
}));

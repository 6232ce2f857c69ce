import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHINA_MAINLAND_CALENDAR } from "@/lib/calendar/holiday-calendar";
import { addDays } from "@/lib/calendar/iso-date";
import { isWorkingDay } from "@/lib/calendar/working-days";
import {
  dueSoonUntil,
  dueState,
  expertReviewStanding,
  levelDueOn,
  levelOfStatus,
  levelStays,
  workingDaysAtLevel,
} from "@/lib/domain/review-timing/level-timing";

const CN = CHINA_MAINLAND_CALENDAR;
/** Noon in Beijing on a date, as an instant. */
const at = (iso: string, hour = 12) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00+08:00`);

describe("a file's due date at a level", () => {
  it("does not count the day of arrival: a Friday arrival with one day expected is due on Monday", () => {
    expect(levelDueOn("2024-07-12", 1, CN)).toBe("2024-07-15");
  });

  it("skips the National Day holiday and counts its make-up weekend days", () => {
    // Arrived Friday 27 September 2024: Sunday 29 Sep and Saturday 12 Oct are make-up working days, 1–7 Oct are not worked.
    expect(levelDueOn("2024-09-27", 1, CN)).toBe("2024-09-29");
    expect(levelDueOn("2024-09-27", 2, CN)).toBe("2024-09-30");
    expect(levelDueOn("2024-09-27", 3, CN)).toBe("2024-10-08");
    expect(levelDueOn("2024-09-27", 7, CN)).toBe("2024-10-12");
  });

  it("is always a working day, and the stay up to it holds exactly the expected days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 }), fc.integer({ min: 1, max: 60 }), (offset, days) => {
        const arrived = addDays("2023-01-01", offset);
        const due = levelDueOn(arrived, days, CN);
        expect(isWorkingDay(due, CN)).toBe(true);
        expect(workingDaysAtLevel(arrived, due, CN)).toBe(days);
      }),
    );
  });
});

describe("where a file stands today", () => {
  it("is overdue the day after its due date, and due soon within three working days of it", () => {
    // Due Tuesday 8 October 2024.
    expect(dueState("2024-10-08", "2024-10-09", CN)).toBe("overdue");
    expect(dueState("2024-10-08", "2024-10-08", CN)).toBe("due-soon");
    // From Friday 27 September the next three working days are 29 Sep (make-up Sunday), 30 Sep and 8 Oct.
    expect(dueSoonUntil("2024-09-27", CN)).toBe("2024-10-08");
    expect(dueState("2024-10-08", "2024-09-27", CN)).toBe("due-soon");
    expect(dueState("2024-10-09", "2024-09-27", CN)).toBe("on-time");
  });
});

describe("a file's stays at each level", () => {
  it("names the level of each waiting status and of no other", () => {
    expect(levelOfStatus("municipal_review")).toBe("municipal");
    expect(levelOfStatus("ministry_review")).toBe("ministry");
    expect(levelOfStatus("returned")).toBeNull();
    expect(levelOfStatus("approved")).toBeNull();
  });

  it("counts the working days of each past stay, keeps a return and resubmission as two stays, and leaves the current one open", () => {
    const stays = levelStays(
      [
        { to: "provincial_review", at: at("2024-07-22") }, // Monday: the city approves
        { to: "municipal_review", at: at("2024-07-12") }, // Friday: submitted (out of order on purpose)
        { to: "returned", at: at("2024-07-29") }, // the province returns it after 5 working days
        { to: "provincial_review", at: at("2024-08-01") },
      ],
      CN,
    );
    expect(stays).toEqual([
      { level: "municipal", arrivedOn: "2024-07-12", leftOn: "2024-07-22", workingDays: 6 },
      { level: "provincial", arrivedOn: "2024-07-22", leftOn: "2024-07-29", workingDays: 5 },
      { level: "provincial", arrivedOn: "2024-08-01", leftOn: null, workingDays: null },
    ]);
  });

  it("dates a step by the calendar day in Beijing, not by the server's", () => {
    // 23:30 UTC on 11 July is 07:30 on 12 July in Beijing.
    const [stay] = levelStays([{ to: "municipal_review", at: new Date("2024-07-11T23:30:00Z") }], CN);
    expect(stay!.arrivedOn).toBe("2024-07-12");
  });
});

describe("an expert's review against its due date", () => {
  it("stands like a level's due date while it is still to come, and has none once it is in", () => {
    expect(expertReviewStanding("2025-03-06", false, "2025-03-04", CN)).toEqual({ dueOn: "2025-03-06", state: "due-soon" });
    expect(expertReviewStanding("2025-03-06", false, "2025-03-07", CN)).toEqual({ dueOn: "2025-03-06", state: "overdue" });
    expect(expertReviewStanding("2025-03-06", false, "2025-02-20", CN)).toEqual({ dueOn: "2025-03-06", state: "on-time" });
    expect(expertReviewStanding("2025-03-06", true, "2025-03-07", CN)).toBeNull();
  });

  it("a call with no expert days gives a review still to come no due date", () => {
    expect(expertReviewStanding(null, false, "2025-03-07", CN)).toEqual({ dueOn: null, state: null });
  });
});

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ANNUAL_DATA_DEADLINE_2022,
  annualDataDeadline,
  earliestReapplicationDate,
  isInRereviewWindow,
  isPastDeadline,
  isValidOn,
  mayReapplyOn,
  renewedValidity,
  rereviewWindow,
  validityPeriod,
} from "@/lib/calendar/validity";

describe("validity: from the announcement date, ending the day before the same date N years later", () => {
  it.each([
    ["Heilongjiang's 2025 third batch, as published", "2025-11-08", 3, "2028-11-07"],
    ["a title announced in mid-2023", "2023-07-28", 3, "2026-07-27"],
    ["an announcement on 1 January ends on 31 December", "2024-01-01", 3, "2026-12-31"],
    ["29 February for 3 years ends on 28 February (no 29th in 2027)", "2024-02-29", 3, "2027-02-28"],
    ["29 February for 4 years ends on 28 February of the next leap year", "2024-02-29", 4, "2028-02-28"],
    ["1 March ending in a leap year includes 29 February", "2023-03-01", 1, "2024-02-29"],
    ["1 March of a leap year ends on 28 February", "2024-03-01", 3, "2027-02-28"],
    ["a programme configured for 5 years", "2022-08-01", 5, "2027-07-31"],
  ] as const)("%s: %s for %i years ends %s", (_rule, announced, years, end) => {
    expect(validityPeriod(announced, years)).toEqual({ start: announced, end });
  });

  it("lasts 3 years by default", () => {
    expect(validityPeriod("2025-11-08")).toEqual({ start: "2025-11-08", end: "2028-11-07" });
  });

  it("a validity of 0 or a fractional number of years is a programming error", () => {
    expect(() => validityPeriod("2025-11-08", 0)).toThrow(RangeError);
    expect(() => validityPeriod("2025-11-08", 1.5)).toThrow(RangeError);
  });

  const leapTitle = validityPeriod("2024-02-29");
  it.each([
    ["2024-02-28", false, "the day before the announcement"],
    ["2024-02-29", true, "the announcement day itself"],
    ["2027-02-28", true, "the last valid day"],
    ["2027-03-01", false, "the day after the last valid day"],
  ] as const)("a title announced on 2024-02-29 is valid on %s: %s (%s)", (date, valid, _why) => {
    expect(isValidOn(date, leapTitle)).toBe(valid);
  });

  it("a passed re-review extends the title by 3 years from the day after it would have expired", () => {
    expect(renewedValidity(validityPeriod("2025-11-08"))).toEqual({ start: "2028-11-08", end: "2031-11-07" });
  });
});

describe("re-review invitation window", () => {
  const title = validityPeriod("2023-07-28"); // ends 2026-07-27

  it("opens the configured number of days before the last valid day and closes on it", () => {
    expect(rereviewWindow(title, 90)).toEqual({ opens: "2026-04-28", closes: "2026-07-27" });
  });

  it.each([
    ["2026-04-27", false],
    ["2026-04-28", true],
    ["2026-07-27", true],
    ["2026-07-28", false],
  ] as const)("with a 90-day window, %s is inside it: %s", (date, inside) => {
    expect(isInRereviewWindow(date, title, 90)).toBe(inside);
  });
});

describe("annual data deadline", () => {
  it("is 30 April under the 2022 measures by default", () => {
    expect(ANNUAL_DATA_DEADLINE_2022).toEqual({ month: 4, day: 30 });
    expect(annualDataDeadline(2024)).toBe("2024-04-30");
  });

  it("takes another month and day as a parameter (31 May under 2026, unconfirmed)", () => {
    expect(annualDataDeadline(2026, { month: 5, day: 31 })).toBe("2026-05-31");
  });

  it("clamps a day past the month's end to its last day", () => {
    expect(annualDataDeadline(2023, { month: 2, day: 29 })).toBe("2023-02-28");
    expect(annualDataDeadline(2024, { month: 2, day: 29 })).toBe("2024-02-29");
  });

  it("refuses a month that does not exist", () => {
    expect(() => annualDataDeadline(2024, { month: 13, day: 1 })).toThrow(RangeError);
  });

  it.each([
    ["2024-04-29", false, "the day before is on time"],
    ["2024-04-30", false, "the deadline day itself is on time"],
    ["2024-05-01", true, "the day after is late"],
    ["2025-01-01", true, "the next year is late"],
  ] as const)("data submitted on %s is past the deadline: %s (%s)", (date, late, _why) => {
    expect(isPastDeadline(date, annualDataDeadline(2024))).toBe(late);
  });
});

describe("re-applying after a cancellation for cause", () => {
  it.each([
    ["not before the same date 3 years later", "2023-06-15", 3, "2026-06-15"],
    ["a cancellation on 29 February waits until 1 March", "2024-02-29", 3, "2027-03-01"],
    ["a configured cooling-off of 2 years", "2023-06-15", 2, "2025-06-15"],
  ] as const)("%s: cancelled %s, %i years, may apply from %s", (_rule, cancelled, years, first) => {
    expect(earliestReapplicationDate(cancelled, years)).toBe(first);
  });

  it.each([
    ["2026-06-14", false],
    ["2026-06-15", true],
  ] as const)("cancelled 2023-06-15: may re-apply on %s: %s", (date, may) => {
    expect(mayReapplyOn(date, "2023-06-15")).toBe(may);
  });

  it("the first allowed day is the day after a cooling-off period counted like a validity period", () => {
    const cooling = validityPeriod("2024-02-29", 3);
    expect(earliestReapplicationDate("2024-02-29")).toBe("2027-03-01");
    expect(isValidOn("2027-02-28", cooling) && !isValidOn("2027-03-01", cooling)).toBe(true);
  });
});

describe("no hidden clock", () => {
  it("no calendar or workflow module but the clock itself reads the current date: callers pass the date they ask about", () => {
    for (const dir of ["lib/calendar", "lib/workflow"]) {
      // lib/calendar/today.ts is the one clock (docs/decisions/011): the default `now` lives there.
      for (const file of readdirSync(dir).filter((name) => join(dir, name) !== join("lib/calendar", "today.ts"))) {
        const source = readFileSync(join(dir, file), "utf8");
        expect(source, file).not.toMatch(/Date\.now\(|new Date\(\s*\)|performance\.now\(/);
      }
    }
  });
});

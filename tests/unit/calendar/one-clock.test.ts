import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chinaDate, chinaMidnight, chinaYear, dateOf, isoOf } from "@/lib/calendar/today";

/**
 * One clock (docs/decisions/014): only lib/calendar turns instants into dates or does date
 * arithmetic on instants. A UTC date taken from an instant is the wrong day between 00:00 and
 * 08:00 in Beijing, which is how starting an application was once refused on a call's opening day.
 */
const SOURCE_ROOTS = ["lib", "app", "components", "server.ts", "proxy.ts"];
const FORBIDDEN: [RegExp, string][] = [
  [/toISOString\(\)\s*\.(slice|substring)\(0,\s*10\)/, "a UTC date from an instant: use chinaDate(now), or isoOf(column) for a @db.Date value"],
  [/toISOString\(\)\s*\.split\(["']T["']\)/, "a UTC date from an instant: use chinaDate(now) or isoOf(column)"],
  [/\.(getTime|valueOf)\(\)\s*[+-]\s*[\d_]*(86_?400_?000|3_?600_?000)/, "date arithmetic on an instant: use lib/calendar (addDays, chinaMidnight)"],
  [/\.(getUTCFullYear|getFullYear|getUTCDate|getDate|setDate|setUTCDate)\(/, "calendar fields of an instant: use chinaDate/chinaYear"],
];
/**
 * The server's "now" is read in one place, so that a demonstration clock (docs/decisions/030)
 * moves every date and schedule at once. Components run in the browser and keep its clock.
 */
const SERVER_ROOTS = ["lib", "app", "server.ts"];
const UNCLOCKED_NOW = /new Date\(\)/;

function sourceFiles(entry: string): string[] {
  const stat = readdirSync(path.dirname(entry) || ".", { withFileTypes: true }).find((d) => d.name === path.basename(entry));
  if (stat?.isFile()) return [entry];
  const files: string[] = [];
  for (const item of readdirSync(entry, { withFileTypes: true })) {
    const full = path.join(entry, item.name);
    if (item.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(item.name)) files.push(full);
  }
  return files;
}

/** Every line of the roots' files outside lib/calendar that a rule forbids, with the rule's reason. */
function offences(roots: string[], rules: readonly [RegExp, string][]): string[] {
  const found: string[] = [];
  for (const file of roots.flatMap(sourceFiles)) {
    if (file.startsWith(`lib${path.sep}calendar${path.sep}`)) continue;
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, index) => {
        for (const [pattern, why] of rules) if (pattern.test(line)) found.push(`${file}:${index + 1}: ${why}`);
      });
  }
  return found;
}

describe("one clock", () => {
  it("no module outside lib/calendar turns an instant into a date or does date arithmetic on one", () => {
    expect(offences(SOURCE_ROOTS, FORBIDDEN)).toEqual([]);
  });

  it("no server module reads the time but through systemNow() or wallClock()", () => {
    expect(
      offences(SERVER_ROOTS, [[UNCLOCKED_NOW, "the portal's now is systemNow(), or wallClock() for an instant compared with the database's now()"]]),
    ).toEqual([]);
  });

  it.each([
    ["2027-02-28T15:59:59Z", "2027-02-28", "23:59:59 in Beijing is still the 28th"],
    ["2027-02-28T16:00:00Z", "2027-03-01", "midnight in Beijing is the 1st, though UTC says the 28th"],
    ["2027-02-28T18:00:00Z", "2027-03-01", "02:00 in Beijing on the 1st"],
    ["2027-03-01T15:59:59Z", "2027-03-01", "the last second of the 1st in Beijing"],
    ["2026-12-31T16:00:00Z", "2027-01-01", "the new year starts in Beijing eight hours before UTC"],
  ])("chinaDate(%s) is %s: %s", (instant, date) => {
    expect(chinaDate(new Date(instant))).toBe(date);
  });

  it("the year follows the Beijing date", () => {
    expect(chinaYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
    expect(chinaYear(new Date("2026-12-31T15:59:59Z"))).toBe(2026);
  });

  it("a date column's value reads back as the same date, and a Beijing day starts at 16:00 UTC the day before", () => {
    expect(isoOf(dateOf("2027-03-01"))).toBe("2027-03-01");
    expect(chinaMidnight("2027-03-01").toISOString()).toBe("2027-02-28T16:00:00.000Z");
    expect(chinaDate(chinaMidnight("2027-03-01"))).toBe("2027-03-01");
  });
});

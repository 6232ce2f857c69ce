import { describe, expect, it } from "vitest";
import { cronMatches, parseCron, toUtcCron } from "@/lib/jobs/worker/cron";
import { workerSettings } from "@/lib/jobs/worker/worker-settings";

describe("a Beijing-time schedule written for graphile-worker's UTC crontab", () => {
  it.each([
    ["0 1 * * *", "0 17 * * *"], // 01:00 Beijing is 17:00 UTC the day before
    ["30 9 * * *", "30 1 * * *"],
    ["0 8 * * *", "0 0 * * *"], // the first hour that stays on the same day
    ["0 7 * * *", "0 23 * * *"],
    ["0 1 * * 1", "0 17 * * 0"], // Monday 01:00 Beijing is Sunday 17:00 UTC
    ["0 1 * * 0", "0 17 * * 6"],
    ["15 10 1 * *", "15 2 1 * *"], // a day of the month with a daytime hour keeps its day
    ["0 2,12 * * *", "0 4,18 * * *"],
    ["*/15 9-10 * * 1-5", "0,15,30,45 1,2 * * 1,2,3,4,5"],
  ])("%s in Beijing is %s in UTC", (beijing, utc) => {
    expect(toUtcCron(beijing)).toBe(utc);
  });

  it("refuses what one UTC expression cannot say instead of guessing (the 1st at 01:00 Beijing is the last day of a month in UTC)", () => {
    expect(() => toUtcCron("0 1 1 * *")).toThrow(/cannot be written in UTC/);
  });

  it.each(["0 1 * *", "61 1 * * *", "0 24 * * *", "x 1 * * *", "0 1 * 13 *"])("refuses the malformed expression %s", (expression) => {
    expect(() => parseCron(expression)).toThrow(/cron/);
  });
});

describe("the embedded worker's clock reads the schedule in Beijing time", () => {
  const fields = parseCron("0 1 * * *");
  it("fires at 01:00 Beijing (17:00 UTC the day before) and not at 01:00 UTC", () => {
    expect(cronMatches(fields, new Date("2026-05-31T17:00:30Z"))).toBe(true);
    expect(cronMatches(fields, new Date("2026-06-01T01:00:00Z"))).toBe(false);
    expect(cronMatches(fields, new Date("2026-05-31T17:01:00Z"))).toBe(false);
  });
  it("a day-of-week schedule counts the Beijing day", () => {
    // 2026-06-01 is a Monday; 01:00 that Monday in Beijing is Sunday 17:00 UTC.
    expect(cronMatches(parseCron("0 1 * * 1"), new Date("2026-05-31T17:00:00Z"))).toBe(true);
    expect(cronMatches(parseCron("0 1 * * 0"), new Date("2026-05-31T17:00:00Z"))).toBe(false);
  });
});

describe("worker settings", () => {
  it("runs by default at 01:00 Beijing; WORKER=off turns an instance's worker off; JOBS_CRON=off keeps deliveries only", () => {
    expect(workerSettings({})).toEqual({ enabled: true, jobsCron: "0 1 * * *", pollSeconds: 5 });
    expect(workerSettings({ WORKER: "off" }).enabled).toBe(false);
    expect(workerSettings({ JOBS_CRON: "off" }).jobsCron).toBeNull();
  });
  it("a mistyped setting stops the start with a message naming it", () => {
    expect(() => workerSettings({ WORKER: "maybe" })).toThrow(/WORKER/);
    expect(() => workerSettings({ JOBS_CRON: "daily" })).toThrow(/cron/);
    expect(() => workerSettings({ OUTBOX_POLL_SECONDS: "0" })).toThrow(/OUTBOX_POLL_SECONDS/);
  });
});

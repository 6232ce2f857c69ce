import { afterEach, describe, expect, it, vi } from "vitest";

/** The demonstration clock (docs/decisions/030), read by a fresh copy of the clock module each time. */
async function freshClock() {
  vi.resetModules();
  return import("@/lib/calendar/today");
}

afterEach(() => {
  vi.unstubAllEnvs();
  delete process.env.DEMO_CLOCK_OFFSET_MS;
});

describe("demonstration clock", () => {
  it("without DEMO_CLOCK_START the portal's now is the real one", async () => {
    vi.stubEnv("DEMO_CLOCK_START", "");
    const clock = await freshClock();
    expect(Math.abs(clock.systemNow().getTime() - Date.now())).toBeLessThan(50);
    expect(clock.isDemoClock()).toBe(false);
  });

  it("starts at the instant given at the first reading and runs on in real time; the wall clock stays real", async () => {
    vi.stubEnv("DEMO_CLOCK_START", "2027-03-31T00:59:00+08:00");
    const clock = await freshClock();
    const first = clock.systemNow();
    expect(Math.abs(first.getTime() - Date.parse("2027-03-31T00:59:00+08:00"))).toBeLessThan(50);
    expect(clock.chinaDate()).toBe("2027-03-31");
    expect(clock.isDemoClock()).toBe(true);
    expect(Math.abs(clock.wallClock().getTime() - Date.now())).toBeLessThan(50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    const later = clock.systemNow().getTime() - first.getTime();
    expect(later).toBeGreaterThanOrEqual(100);
    expect(later).toBeLessThan(1_000);
  });

  it("another copy of the module in the same process reads the same clock, not a new start", async () => {
    vi.stubEnv("DEMO_CLOCK_START", "2027-03-31T00:59:00+08:00");
    const first = (await freshClock()).systemNow();
    await new Promise((resolve) => setTimeout(resolve, 120));
    const second = (await freshClock()).systemNow();
    expect(second.getTime() - first.getTime()).toBeGreaterThanOrEqual(100);
  });

  it("is refused on a PostgreSQL server and when the instant is not one", async () => {
    const clock = await freshClock();
    expect(clock.demoClockProblem({ DEMO_CLOCK_START: "2027-03-31T00:59:00+08:00", DATABASE_URL: "postgresql://db/sme" })).toMatch(
      /embedded demo database only/,
    );
    expect(clock.demoClockProblem({ DEMO_CLOCK_START: "next tuesday" })).toMatch(/is not an instant/);
    expect(clock.demoClockProblem({ DEMO_CLOCK_START: "2027-03-31T00:59:00+08:00" })).toBeNull();
    expect(clock.demoClockProblem({})).toBeNull();
    vi.stubEnv("DEMO_CLOCK_START", "2027-03-31T00:59:00+08:00");
    vi.stubEnv("DATABASE_URL", "postgresql://db/sme");
    const clock2 = await freshClock();
    expect(() => clock2.systemNow()).toThrow(/embedded demo database only/);
  });
});

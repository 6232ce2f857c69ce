import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { CHINA_MAINLAND_CALENDAR } from "@/lib/calendar/holiday-calendar";
import { isoOf } from "@/lib/calendar/today";
import { levelDueOn } from "@/lib/domain/review-timing/level-timing";
import { parseQueueFilters } from "@/lib/review/queue-filters";
import { decideApplication } from "@/lib/services/applications/decide-application";
import { companyApplication } from "@/lib/services/company-portal/company-application";
import { listQueue } from "@/lib/services/review/list-queue";
import { overdueCounts } from "@/lib/services/review/overdue-counts";
import { seedCalendar } from "@/lib/seed/steps/seed-calendar";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions, XIAMEN } from "./support/fixtures";

/**
 * Processing time per review level (issue 14; docs/decisions/029): arriving at a level fixes the
 * file's due date by the call's working days and the holiday calendar in the database; the
 * queues filter and sort by it, the dashboards count overdue files per level and area, and the
 * company sees the expected date and the time each level took.
 */
let db: FreshDatabase;
let fuzhouOfficial: Actor;
let xiamenOfficial: Actor;
let fujianOfficial: Actor;
let timed: string;
let untimed: string;

/** An instant in Beijing. */
const beijing = (iso: string, time = "10:00") => new Date(`${iso}T${time}:00+08:00`);

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedCalendar(db.prisma);
  timed = (await createProgramme(db, "specialized")).id;
  await db.prisma.programme.update({ where: { id: timed }, data: { municipalReviewDays: 2, provincialReviewDays: 3 } });
  untimed = (await createProgramme(db, "innovative")).id;
  [fuzhouOfficial, xiamenOfficial, fujianOfficial] = await Promise.all([
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", XIAMEN),
    createActor(db, "provincial", FUJIAN),
  ]);
});
afterAll(async () => db.destroy());

async function atCity(city: string, programmeId = timed) {
  const firm = await createCompany(db, city, FUJIAN);
  const application = await createApplication(db, {
    companyId: firm.id,
    programmeId,
    tier: programmeId === timed ? "specialized" : "innovative",
    status: "municipal_review",
    cityCode: city,
    provinceCode: FUJIAN,
  });
  return { firm, application };
}

const row = (id: string) => db.prisma.application.findUniqueOrThrow({ where: { id }, select: { levelArrivedAt: true, levelDueOn: true, status: true } });
const queue = (actor: Actor, params: Record<string, string>, now: Date) =>
  listQueue(actor, parseQueueFilters({ size: "100", ...params }, actor.role === "municipal" ? "municipal_review" : "provincial_review"), now);

describe("arriving at a level", () => {
  it("fixes the due date by the call's working days: a Friday before National Day is due after the holiday", async () => {
    const { application } = await atCity(FUZHOU);
    const now = beijing("2024-09-27");
    await decideApplication(fuzhouOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 }, now);
    // Three working days after Friday 27 September 2024: Sunday 29 (a make-up day), Monday 30, then 8 October.
    expect(await row(application.id)).toEqual({ status: "provincial_review", levelArrivedAt: now, levelDueOn: new Date("2024-10-08") });

    const onTheDay = await queue(fujianOfficial, { due: "soon" }, beijing("2024-10-08"));
    expect(onTheDay.rows.find((r) => r.id === application.id)?.atLevel).toEqual({
      arrivedOn: "2024-09-27",
      workingDays: 3,
      dueOn: "2024-10-08",
      state: "due-soon",
    });
    const dayAfter = await queue(fujianOfficial, { due: "overdue" }, beijing("2024-10-09"));
    expect(dayAfter.rows.find((r) => r.id === application.id)?.atLevel).toMatchObject({ workingDays: 4, state: "overdue" });
    expect((await queue(fujianOfficial, { due: "soon" }, beijing("2024-10-09"))).rows.map((r) => r.id)).not.toContain(application.id);
  });

  it("stops the clock when the file leaves the levels, and a call without days gives no due date", async () => {
    const { application } = await atCity(FUZHOU);
    await decideApplication(fuzhouOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 }, beijing("2024-09-02"));
    await decideApplication(fujianOfficial, { applicationId: application.id, action: "approve", expectedVersion: 2 }, beijing("2024-09-04"));
    expect(await row(application.id)).toMatchObject({ status: "approved", levelArrivedAt: null, levelDueOn: null });

    const loose = (await atCity(FUZHOU, untimed)).application;
    const now = beijing("2024-09-02");
    await decideApplication(fuzhouOfficial, { applicationId: loose.id, action: "approve", expectedVersion: 1 }, now);
    expect(await row(loose.id)).toMatchObject({ levelArrivedAt: now, levelDueOn: null });
    const page = await queue(fujianOfficial, {}, beijing("2025-01-06"));
    expect(page.rows.find((r) => r.id === loose.id)?.atLevel).toMatchObject({ dueOn: null, state: null });
    expect((await queue(fujianOfficial, { due: "overdue" }, beijing("2025-01-06"))).rows.map((r) => r.id)).not.toContain(loose.id);
  });

  it("sorts the queue by due date, the most pressing first, files without one last", async () => {
    const early = (await atCity(XIAMEN)).application;
    const late = (await atCity(XIAMEN)).application;
    const loose = (await atCity(XIAMEN, untimed)).application;
    await decideApplication(xiamenOfficial, { applicationId: late.id, action: "approve", expectedVersion: 1 }, beijing("2024-11-20"));
    await decideApplication(xiamenOfficial, { applicationId: early.id, action: "approve", expectedVersion: 1 }, beijing("2024-11-18"));
    await decideApplication(xiamenOfficial, { applicationId: loose.id, action: "approve", expectedVersion: 1 }, beijing("2024-11-01"));
    const ids = (await queue(fujianOfficial, { sort: "due", city: XIAMEN }, beijing("2024-11-21"))).rows.map((r) => r.id);
    expect(ids.indexOf(early.id)).toBeLessThan(ids.indexOf(late.id));
    expect(ids.at(-1)).toBe(loose.id);
  });
});

describe("the dashboards' overdue counts", () => {
  it("count per level and per city for the province, and only its own city for a city official", async () => {
    const now = beijing("2030-06-03");
    const before = await overdueCounts(fujianOfficial, now);
    const fuzhou = (await atCity(FUZHOU)).application;
    const xiamen = (await atCity(XIAMEN)).application;
    // Both arrived at their city on Monday 2030-05-06 with 2 days expected: overdue by 3 June.
    await db.prisma.application.updateMany({
      where: { id: { in: [fuzhou.id, xiamen.id] } },
      data: { levelArrivedAt: beijing("2030-05-06"), levelDueOn: new Date(levelDueOn("2030-05-06", 2, CHINA_MAINLAND_CALENDAR)) },
    });
    const after = await overdueCounts(fujianOfficial, now);
    expect(after.byLevel.municipal.overdue - before.byLevel.municipal.overdue).toBe(2);
    const area = (code: string, counts: typeof after) => counts.byArea.find((a) => a.code === code)?.overdue.municipal ?? 0;
    expect(area(FUZHOU, after) - area(FUZHOU, before)).toBe(1);
    expect(area(XIAMEN, after) - area(XIAMEN, before)).toBe(1);
    expect(after.byArea.find((a) => a.code === FUZHOU)?.nameZh).toBe("福州市");

    const city = await overdueCounts(fuzhouOfficial, now);
    expect(city.levels).toEqual(["municipal"]);
    expect(city.areaKind).toBeNull();
    const fuzhouOnly = await queue(fuzhouOfficial, { due: "overdue" }, now);
    expect(fuzhouOnly.rows.map((r) => r.id)).toContain(fuzhou.id);
    expect(fuzhouOnly.rows.map((r) => r.id)).not.toContain(xiamen.id);
    expect(city.byLevel.municipal.overdue).toBe(fuzhouOnly.total);
  });
});

describe("the company's status page", () => {
  it("shows the expected decision date at the current level and the working days each past level took", async () => {
    const { firm, application } = await atCity(FUZHOU);
    const user = await createActor(db, "company", null, firm.id);
    await decideApplication(fuzhouOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 }, beijing("2024-07-12"));
    const waiting = await companyApplication(user, application.id, beijing("2024-07-15"));
    expect(waiting.expectedDecisionOn).toBe("2024-07-17");
    expect(waiting.levelStays).toEqual([{ level: "provincial", arrivedOn: "2024-07-12", leftOn: null, workingDays: null }]);

    await decideApplication(fujianOfficial, { applicationId: application.id, action: "approve", expectedVersion: 2 }, beijing("2024-07-22"));
    const decided = await companyApplication(user, application.id, beijing("2024-07-23"));
    expect(decided.expectedDecisionOn).toBeNull();
    expect(decided.levelStays).toEqual([{ level: "provincial", arrivedOn: "2024-07-12", leftOn: "2024-07-22", workingDays: 6 }]);
  });
});

describe("the migration's backfill", () => {
  it("dates the files already waiting as the portal would, by the same calendar", async () => {
    const sql = await readFile(new URL("../../prisma/migrations/20261204175718_level_due_dates/migration.sql", import.meta.url), "utf8");
    const backfill = sql.slice(sql.indexOf("-- Files already waiting"));
    const arrivals = ["2024-09-27", "2024-09-30", "2025-01-24", "2025-04-30", "2026-02-13", "2026-09-30"];
    const files: { id: string; arrived: string; status: "municipal_review" | "provincial_review" }[] = [];
    for (const [index, arrived] of arrivals.entries()) {
      const { application } = await atCity(FUZHOU);
      const status = index % 2 === 0 ? "municipal_review" : "provincial_review";
      // Early morning in Beijing is still the day before in UTC: a date taken in the wrong zone would show.
      await db.prisma.review.create({
        data: {
          applicationId: application.id,
          actorRole: "company",
          action: "submit",
          fromStatus: "draft",
          toStatus: status,
          createdAt: beijing(arrived, "07:30"),
        },
      });
      await db.prisma.application.update({ where: { id: application.id }, data: { status, levelArrivedAt: null, levelDueOn: null } });
      files.push({ id: application.id, arrived, status });
    }
    await db.sql.exec(backfill);
    for (const file of files) {
      const stored = await row(file.id);
      expect(stored.levelArrivedAt).toEqual(beijing(file.arrived, "07:30"));
      const days = file.status === "municipal_review" ? 2 : 3;
      expect(isoOf(stored.levelDueOn!), `${file.arrived} + ${days}`).toBe(levelDueOn(file.arrived, days, CHINA_MAINLAND_CALENDAR));
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { seedCalendar } from "@/lib/seed/steps/seed-calendar";
import { addBatchEntries } from "@/lib/services/batches/batch-entries";
import { createBatch } from "@/lib/services/batches/create-batch";
import { publishNotice } from "@/lib/services/batches/publish-notice";
import { listCalendarYear, removeCalendarDay, setCalendarDay } from "@/lib/services/calendar/calendar-days";
import { approvedApplications } from "./support/batch-fixtures";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
let admin: Actor;
let fujianAdmin: Actor;
let fujian: Actor;
let ministry: Actor;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedCalendar(db.prisma);
  [admin, fujianAdmin, fujian, ministry] = await Promise.all([
    createActor(db, "administrator"),
    createActor(db, "administrator", FUJIAN),
    createActor(db, "provincial", FUJIAN),
    createActor(db, "ministry"),
  ]);
});
afterAll(async () => db.destroy());

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function noticeEnd(start: string): Promise<string> {
  const programme = await createProgramme(db, "specialized");
  await approvedApplications(db, { programmeId: programme.id, tier: "specialized", count: 1, cityCode: FUZHOU, provinceCode: FUJIAN });
  const batch = await createBatch(fujian, { programmeId: programme.id });
  await addBatchEntries(fujian, { batchId: batch.id, all: true });
  const version = (await db.prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).version;
  return (await publishNotice(fujian, { batchId: batch.id, expectedVersion: version, noticeStart: start }, new Date("2027-03-01T04:00:00Z"))).noticeEnd;
}

describe("the holiday calendar", () => {
  it("lists a year's holidays and make-up working days", async () => {
    const days = await listCalendarYear(admin, 2026);
    expect(days.find((d) => d.day === "2026-10-01")).toMatchObject({ kind: "holiday" });
    expect(days.find((d) => d.day === "2026-10-10")).toMatchObject({ kind: "workday" });
  });

  it("an administrator's new holiday moves a notice's end date; removing it moves it back", async () => {
    // 2027 has no arrangement yet: a notice there is refused until the year is loaded.
    const uncovered = await refusal(noticeEnd("2027-03-08"));
    expect(uncovered.details).toMatchObject({ rule: "calendar-not-loaded" });
    expect(uncovered.bilingual.en).toContain("2027");
    await setCalendarDay(admin, { day: "2027-01-01", kind: "holiday", nameZh: "元旦" });
    // Now loaded (New Year's Day only): Mon 8 March + 5 working days ends Fri 12 March.
    expect(await noticeEnd("2027-03-08")).toBe("2027-03-12");
    await setCalendarDay(admin, { day: "2027-03-10", kind: "holiday", nameZh: "测试假日" });
    expect(await noticeEnd("2027-03-08")).toBe("2027-03-15");
    await setCalendarDay(admin, { day: "2027-03-13", kind: "workday" });
    expect(await noticeEnd("2027-03-08")).toBe("2027-03-13");
    await removeCalendarDay(admin, { day: "2027-03-10" });
    // One calendar serves the country: a provincial administrator may not change it.
    expect((await refusal(removeCalendarDay(fujianAdmin, { day: "2027-03-13" }))).status).toBe(403);
    await removeCalendarDay(admin, { day: "2027-03-13" });
    expect(await noticeEnd("2027-03-08")).toBe("2027-03-12");
    expect(await db.prisma.auditLog.count({ where: { entityType: "calendar_day" } })).toBe(5);
  });

  it("refuses a make-up working day on a weekday", async () => {
    const error = await refusal(setCalendarDay(admin, { day: "2027-03-09", kind: "workday" }));
    expect(error.details).toMatchObject({ field: "day" });
  });

  it("only administrators may edit it", async () => {
    expect((await refusal(setCalendarDay(fujian, { day: "2027-05-01", kind: "holiday" }))).status).toBe(403);
    expect((await refusal(listCalendarYear(ministry, 2027))).status).toBe(403);
    expect((await refusal(removeCalendarDay(fujian, { day: "2026-10-01" }))).status).toBe(403);
  });
});

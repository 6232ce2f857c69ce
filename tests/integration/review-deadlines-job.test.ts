import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { CHINA_MAINLAND_CALENDAR } from "@/lib/calendar/holiday-calendar";
import { levelDueOn } from "@/lib/domain/review-timing/level-timing";
import { DomainError } from "@/lib/errors/domain-error";
import { runJobs } from "@/lib/jobs/run-jobs";
import { decideApplication } from "@/lib/services/applications/decide-application";
import { assignExpertsAtRandom } from "@/lib/services/review/assign-experts";
import { expertReviewResults } from "@/lib/services/review/expert-review-results";
import { listExpertAssignments } from "@/lib/services/review/expert-assignments";
import { submitExpertReview } from "@/lib/services/review/submit-expert-review";
import { setEscalationDays } from "@/lib/services/review/escalation-setting";
import { seedCalendar } from "@/lib/seed/steps/seed-calendar";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions, XIAMEN } from "./support/fixtures";

/**
 * The daily check of review time limits (issue 14; docs/decisions/029), run through the job
 * runner as the schedule runs it: an overdue file is notified once to its reviewer, then once to
 * every official of its level after the national number of working days; the emails are queued
 * in the outbox by the same transaction.
 */
let db: FreshDatabase;
let reviewer: Actor;
let colleague: Actor;
let xiamen: Actor;
let national: Actor;
let provincialAdmin: Actor;
let programmeId: string;

const beijing = (iso: string) => new Date(`${iso}T09:00:00+08:00`);
const run = async (on: string) => (await runJobs({ trigger: "test", now: beijing(on), only: ["review-deadlines"] }))[0]!;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedCalendar(db.prisma);
  programmeId = (await createProgramme(db, "specialized")).id;
  [reviewer, colleague, xiamen, national, provincialAdmin] = await Promise.all([
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", XIAMEN),
    createActor(db, "administrator"),
    createActor(db, "administrator", FUJIAN),
  ]);
});
afterAll(async () => db.destroy());

/** A Fuzhou file that arrived at the city on `arrivedOn` with `days` working days to decide. */
async function waitingFile(arrivedOn: string, days: number, assignedToId: string | null) {
  const firm = await createCompany(db, FUZHOU, FUJIAN, { nameZh: `逾期测试${arrivedOn}${assignedToId ? "甲" : "乙"}有限公司` });
  const application = await createApplication(db, {
    companyId: firm.id,
    programmeId,
    tier: "specialized",
    status: "municipal_review",
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
    assignedToId,
  });
  await db.prisma.application.update({
    where: { id: application.id },
    data: { levelArrivedAt: beijing(arrivedOn), levelDueOn: new Date(levelDueOn(arrivedOn, days, CHINA_MAINLAND_CALENDAR)) },
  });
  return application;
}

const notices = (user: Actor, applicationId: string) =>
  db.prisma.notification.findMany({
    where: { userId: user.id, link: `/applications/${applicationId}` },
    select: { kind: true },
    orderBy: { createdAt: "asc" },
  });
const emails = (user: Actor, applicationId: string) => db.prisma.outbox.count({ where: { recipient: user.email, link: { contains: applicationId } } });

describe("an overdue file", () => {
  it("reminds its reviewer once on the first day past the limit, and again with the whole level five working days later", async () => {
    // Arrived Monday 2025-03-03 with 2 working days: due Wednesday 5 March.
    const file = await waitingFile("2025-03-03", 2, reviewer.id);
    expect((await run("2025-03-05")).counts).toEqual({ overdue: 0, escalated: 0, expertsOverdue: 0, expertsEscalated: 0 });

    expect((await run("2025-03-06")).counts).toEqual({ overdue: 1, escalated: 0, expertsOverdue: 0, expertsEscalated: 0 });
    expect(await notices(reviewer, file.id)).toEqual([{ kind: "application.overdue" }]);
    expect(await notices(colleague, file.id)).toEqual([]);
    expect(await emails(reviewer, file.id)).toBe(1);

    // The same day again, and the following days: nothing more until it is five working days late
    // (6, 7, 10, 11 and 12 March: on the 12th).
    expect((await run("2025-03-06")).counts).toEqual({ overdue: 0, escalated: 0, expertsOverdue: 0, expertsEscalated: 0 });
    expect((await run("2025-03-11")).counts).toEqual({ overdue: 0, escalated: 0, expertsOverdue: 0, expertsEscalated: 0 });
    expect((await run("2025-03-12")).counts).toEqual({ overdue: 0, escalated: 1, expertsOverdue: 0, expertsEscalated: 0 });
    expect(await notices(reviewer, file.id)).toEqual([{ kind: "application.overdue" }, { kind: "application.overdue.escalated" }]);
  });

  it("escalates once it is the configured number of working days late", async () => {
    const file = await waitingFile("2025-06-02", 1, reviewer.id); // Monday; due Tuesday 3 June
    await run("2025-06-04");
    // 4, 5, 6, 9 and 10 June: five working days late on the 10th.
    expect((await run("2025-06-09")).counts.escalated).toBe(0);
    expect((await run("2025-06-10")).counts.escalated).toBeGreaterThanOrEqual(1);
    expect(await notices(reviewer, file.id)).toEqual([{ kind: "application.overdue" }, { kind: "application.overdue.escalated" }]);
    expect(await notices(colleague, file.id)).toEqual([{ kind: "application.overdue.escalated" }]);
    expect(await notices(xiamen, file.id)).toEqual([]);
    expect(await emails(colleague, file.id)).toBe(1);
    await run("2025-06-11");
    expect(await notices(colleague, file.id)).toHaveLength(1);
  });

  it("goes to every official of the level when nobody is assigned, and not at all once decided", async () => {
    const unassigned = await waitingFile("2025-09-01", 1, null);
    const decided = await waitingFile("2025-09-01", 1, reviewer.id);
    await decideApplication(reviewer, { applicationId: decided.id, action: "approve", expectedVersion: 1 }, beijing("2025-09-02"));
    await run("2025-09-03");
    expect(await notices(reviewer, unassigned.id)).toEqual([{ kind: "application.overdue" }]);
    expect(await notices(colleague, unassigned.id)).toEqual([{ kind: "application.overdue" }]);
    expect(await notices(xiamen, unassigned.id)).toEqual([]);
    expect((await notices(reviewer, decided.id)).map((n) => n.kind)).not.toContain("application.overdue");
  });
});

describe("the escalation rule", () => {
  it("is set by the national administrator alone, audited, and used from the next run", async () => {
    const refused = await setEscalationDays(provincialAdmin, { workingDays: 2 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).status).toBe(403);

    await setEscalationDays(national, { workingDays: 2 });
    const audit = await db.prisma.auditLog.findFirst({
      where: { action: "setting.review_escalation" },
      select: { fromStatus: true, toStatus: true, actorId: true },
    });
    expect(audit).toEqual({ fromStatus: "5", toStatus: "2", actorId: national.id });

    const file = await waitingFile("2025-11-03", 1, reviewer.id); // due Tuesday 4 November
    await run("2025-11-05");
    expect((await run("2025-11-06")).counts.escalated).toBeGreaterThanOrEqual(1);
    expect(await notices(colleague, file.id)).toEqual([{ kind: "application.overdue.escalated" }]);
  });
});

describe("an expert's review past its due date", () => {
  /** A little giant's file at MIIT, under a call that gives experts `expertReviewDays` working days. */
  async function fileAtMinistry(nameZh: string, expertReviewDays: number | null) {
    const call = await createProgramme(db, "little_giant");
    await db.prisma.programme.update({ where: { id: call.id }, data: { expertReviewDays } });
    const firm = await createCompany(db, FUZHOU, FUJIAN, { nameZh });
    return createApplication(db, {
      companyId: firm.id,
      programmeId: call.id,
      tier: "little_giant",
      status: "ministry_review",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
  }

  it("is due by the call's expert days from the draw; the expert is reminded once, then MIIT's officials about the one still missing", async () => {
    const file = await fileAtMinistry("专家逾期测试有限公司", 3);
    const ministry = await createActor(db, "ministry");
    const experts = await Promise.all([createActor(db, "expert"), createActor(db, "expert")]);
    await setEscalationDays(national, { workingDays: 5 });
    // Drawn on Monday 3 March 2025 with 3 working days: due Thursday 6 March.
    await assignExpertsAtRandom(ministry, { applicationId: file.id, count: 2 }, undefined, beijing("2025-03-03"));
    const assignments = await db.prisma.expertAssignment.findMany({ where: { applicationId: file.id }, select: { dueOn: true } });
    expect(assignments.map((a) => a.dueOn?.toISOString().slice(0, 10))).toEqual(["2025-03-06", "2025-03-06"]);
    const [own] = await listExpertAssignments(experts[0]!, beijing("2025-03-04"));
    expect(own!.due).toEqual({ dueOn: "2025-03-06", state: "due-soon" });

    const expertNotices = (expert: Actor) =>
      db.prisma.notification.findMany({ where: { userId: expert.id, kind: { startsWith: "expert-review.overdue" } }, select: { kind: true, link: true } });
    expect((await run("2025-03-06")).counts).toMatchObject({ expertsOverdue: 0, expertsEscalated: 0 });
    expect((await run("2025-03-07")).counts).toMatchObject({ expertsOverdue: 2, expertsEscalated: 0 });
    for (const expert of experts) {
      expect(await expertNotices(expert)).toEqual([{ kind: "expert-review.overdue", link: `/expert/reviews/${file.id}` }]);
      expect(await db.prisma.outbox.count({ where: { recipient: expert.email, kind: "expert-review.overdue" } })).toBe(1);
    }
    expect((await run("2025-03-07")).counts).toMatchObject({ expertsOverdue: 0, expertsEscalated: 0 });

    // One expert submits late; the other is still missing five working days past the date.
    await submitExpertReview(experts[0]!, { applicationId: file.id, score: 80, opinion: "技术领先，市场占有率高。" }, beijing("2025-03-10"));
    const results = await expertReviewResults(ministry, file.id, beijing("2025-03-10"));
    expect(results.reviews.map((r) => r.due).sort((a, b) => (a === null ? -1 : b === null ? 1 : 0))).toEqual([null, { dueOn: "2025-03-06", state: "overdue" }]);
    expect((await run("2025-03-12")).counts).toMatchObject({ expertsOverdue: 0, expertsEscalated: 0 });
    expect((await run("2025-03-13")).counts).toMatchObject({ expertsOverdue: 0, expertsEscalated: 1 });
    expect(await db.prisma.notification.findMany({ where: { userId: ministry.id, kind: "expert-review.overdue.escalated" }, select: { link: true } })).toEqual([
      { link: `/applications/${file.id}` },
    ]);
    expect((await run("2025-03-14")).counts).toMatchObject({ expertsOverdue: 0, expertsEscalated: 0 });
  });

  it("a call with no expert days gives no due date, and nothing is ever overdue", async () => {
    const file = await fileAtMinistry("专家无期限测试有限公司", null);
    const ministry = await createActor(db, "ministry");
    await createActor(db, "expert");
    await assignExpertsAtRandom(ministry, { applicationId: file.id, count: 1 }, undefined, beijing("2025-03-03"));
    expect(await db.prisma.expertAssignment.findMany({ where: { applicationId: file.id }, select: { dueOn: true } })).toEqual([{ dueOn: null }]);
    expect((await expertReviewResults(ministry, file.id, beijing("2025-06-30"))).reviews[0]!.due).toEqual({ dueOn: null, state: null });
    expect((await run("2025-06-30")).counts).toMatchObject({ expertsOverdue: 0, expertsEscalated: 0 });
  });
});

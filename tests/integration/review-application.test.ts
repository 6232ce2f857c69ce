import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { decideApplication } from "@/lib/services/applications/decide-application";
import { addApplicationNote } from "@/lib/services/review/add-application-note";
import { assignReviewer } from "@/lib/services/review/assign-reviewer";
import { listAssignableReviewers } from "@/lib/services/review/assignable-reviewers";
import { getApplicationForReview } from "@/lib/services/review/application-for-review";
import { listApplicationNotes } from "@/lib/services/review/list-application-notes";
import { listQueue } from "@/lib/services/review/list-queue";
import { parseQueueFilters } from "@/lib/review/queue-filters";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, SHANXI, seedRegions, TAIYUAN, XIAMEN } from "./support/fixtures";

let db: FreshDatabase;
let fuzhouOfficial: Actor;
let fuzhouColleague: Actor;
let xiamenOfficial: Actor;
let fujianOfficial: Actor;
let fujianColleague: Actor;
let shanxiOfficial: Actor;
let ministry: Actor;
let admin: Actor;
let expert: Actor;
let programmeId: string;
let littleGiantId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  programmeId = (await createProgramme(db, "specialized")).id;
  littleGiantId = (await createProgramme(db, "little_giant")).id;
  [fuzhouOfficial, fuzhouColleague, xiamenOfficial, fujianOfficial, fujianColleague, shanxiOfficial, ministry, admin, expert] = await Promise.all([
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", XIAMEN),
    createActor(db, "provincial", FUJIAN),
    createActor(db, "provincial", FUJIAN),
    createActor(db, "provincial", SHANXI),
    createActor(db, "ministry"),
    createActor(db, "administrator"),
    createActor(db, "expert"),
  ]);
});
afterAll(async () => db.destroy());

async function fuzhouFile(
  status: "draft" | "municipal_review" | "provincial_review" | "ministry_review" = "municipal_review",
  tier: "specialized" | "little_giant" = "specialized",
) {
  const firm = await createCompany(db, FUZHOU, FUJIAN, { nameZh: "福州闽都精密制造有限公司" });
  const application = await createApplication(db, {
    companyId: firm.id,
    programmeId: tier === "little_giant" ? littleGiantId : programmeId,
    tier,
    status,
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
    score: 76.5,
    outcome: "eligible",
    facts: { financials: { "2025": { revenue: 52_000_000, rdExpense: 2_600_000 } }, quality: { ownBrand: true } },
    evaluation: { outcome: "eligible", score: { total: 76.5 } },
  });
  return { application, firm };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("an application as an official reviews it", () => {
  it("shows the company, programme, facts, evaluation, documents and the history with who did what", async () => {
    const { application, firm } = await fuzhouFile();
    await db.prisma.document.createMany({
      data: [
        {
          applicationId: application.id,
          section: "financials",
          fileName: "审计报告2025.pdf",
          storageKey: `k-${application.id}-1`,
          mimeType: "application/pdf",
          size: 1024,
          sha256: "a".repeat(64),
        },
        {
          applicationId: application.id,
          section: "documents",
          fileName: "已删除.pdf",
          storageKey: `k-${application.id}-2`,
          mimeType: "application/pdf",
          size: 10,
          sha256: "b".repeat(64),
          deletedAt: new Date(),
        },
      ],
    });
    await decideApplication(fuzhouOfficial, {
      applicationId: application.id,
      action: "return",
      expectedVersion: 1,
      reason: "请补充审计报告",
      sections: ["financials"],
    });

    const view = await getApplicationForReview(fuzhouOfficial, application.id);
    expect(view).toMatchObject({
      id: application.id,
      status: "returned",
      version: 2,
      score: 76.5,
      outcome: "eligible",
      reopenSections: ["financials"],
      company: {
        nameZh: "福州闽都精密制造有限公司",
        creditCode: firm.creditCode,
        industryCode: "C34",
        city: { nameZh: "福州市" },
        province: { nameZh: "福建省" },
      },
      programme: { id: programmeId },
      facts: { quality: { ownBrand: true } },
      evaluation: { outcome: "eligible" },
    });
    expect(view.documents.map((d) => d.fileName)).toEqual(["审计报告2025.pdf"]);
    expect(view.timeline).toEqual([
      expect.objectContaining({
        actor: { id: fuzhouOfficial.id, name: fuzhouOfficial.name, role: "municipal" },
        action: "return",
        from: "municipal_review",
        to: "returned",
        reason: "请补充审计报告",
        sections: ["financials"],
      }),
    ]);
    // Returned to the company: nothing for the city to decide now.
    expect(view.allowedActions).toEqual([]);
  });

  it("offers each official only the decisions the workflow allows them now", async () => {
    const { application } = await fuzhouFile("municipal_review", "little_giant");
    expect((await getApplicationForReview(fuzhouOfficial, application.id)).allowedActions).toEqual(["approve", "return", "reject"]);
    expect((await getApplicationForReview(fujianOfficial, application.id)).allowedActions).toEqual([]);
    expect((await getApplicationForReview(ministry, application.id)).allowedActions).toEqual([]);
    await decideApplication(fuzhouOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 });
    expect((await getApplicationForReview(fuzhouOfficial, application.id)).allowedActions).toEqual([]);
    expect((await getApplicationForReview(fujianOfficial, application.id)).allowedActions).toEqual(["approve", "return", "reject"]);
  });

  describe("is not found outside the official's scope", () => {
    const cases: Array<[string, () => Actor, "ok" | 403 | 404]> = [
      ["the firm's city official", () => fuzhouOfficial, "ok"],
      ["the province's official", () => fujianOfficial, "ok"],
      ["another city's official", () => xiamenOfficial, 404],
      ["another province's official", () => shanxiOfficial, 404],
      ["the ministry, for a tier it does not review", () => ministry, 404],
      ["an administrator", () => admin, 403],
      ["an expert", () => expert, 403],
    ];
    for (const [who, actor, expected] of cases) {
      it(`${who}: ${expected}`, async () => {
        const { application } = await fuzhouFile();
        const attempt = getApplicationForReview(actor(), application.id);
        if (expected === "ok") await expect(attempt).resolves.toHaveProperty("id", application.id);
        else expect((await refusal(attempt)).status).toBe(expected);
      });
    }

    it("a company's draft, and an id that is not one, are not found either", async () => {
      const { application } = await fuzhouFile("draft");
      expect((await refusal(getApplicationForReview(fuzhouOfficial, application.id))).status).toBe(404);
      expect((await refusal(getApplicationForReview(fuzhouOfficial, "../etc/passwd"))).status).toBe(404);
      expect((await refusal(getApplicationForReview(fuzhouOfficial, "6a1f6bd4-2b7e-4c1e-9d43-2b1f0c9e8a77"))).status).toBe(404);
    });
  });
});

describe("notes between officials", () => {
  it("officials in scope write and read them, in order, with the author", async () => {
    const { application } = await fuzhouFile();
    await addApplicationNote(fuzhouOfficial, { applicationId: application.id, body: "已电话核实研发费用。" });
    await addApplicationNote(fujianOfficial, { applicationId: application.id, body: "请市里补充说明市场占有率来源。" });
    const notes = await listApplicationNotes(fuzhouColleague, application.id);
    expect(notes.map((n) => [n.author.name, n.body])).toEqual([
      [fuzhouOfficial.name, "已电话核实研发费用。"],
      [fujianOfficial.name, "请市里补充说明市场占有率来源。"],
    ]);
    expect(await db.prisma.auditLog.count({ where: { entityId: application.id, action: "application.note" } })).toBe(2);
  });

  it("are never shown to the company, another city, or anyone but officials", async () => {
    const { application, firm } = await fuzhouFile();
    await addApplicationNote(fuzhouOfficial, { applicationId: application.id, body: "内部意见" });
    const companyUser = await createActor(db, "company", null, firm.id);
    expect((await refusal(listApplicationNotes(companyUser, application.id))).status).toBe(403);
    expect((await refusal(listApplicationNotes(expert, application.id))).status).toBe(403);
    expect((await refusal(listApplicationNotes(admin, application.id))).status).toBe(403);
    expect((await refusal(listApplicationNotes(xiamenOfficial, application.id))).status).toBe(404);
    // Notes live apart from the review history the company's timeline shows.
    expect(await db.prisma.review.count({ where: { applicationId: application.id } })).toBe(0);
  });

  it("only officials in scope may add one, and it may not be empty", async () => {
    const { application, firm } = await fuzhouFile();
    const companyUser = await createActor(db, "company", null, firm.id);
    expect((await refusal(addApplicationNote(companyUser, { applicationId: application.id, body: "x" }))).status).toBe(403);
    expect((await refusal(addApplicationNote(xiamenOfficial, { applicationId: application.id, body: "x" }))).status).toBe(404);
    expect(await db.prisma.applicationNote.count({ where: { applicationId: application.id } })).toBe(0);
    const { addNoteSchema } = await import("@/lib/services/review/add-application-note");
    expect(addNoteSchema.safeParse({ applicationId: application.id, body: "   " }).success).toBe(false);
  });
});

describe("assigning a file to a reviewer", () => {
  it("to an official of the same level and jurisdiction, which the 'assigned to me' filter then shows", async () => {
    const { application } = await fuzhouFile();
    await assignReviewer(fuzhouOfficial, { applicationId: application.id, assigneeId: fuzhouColleague.id });
    expect((await getApplicationForReview(fuzhouOfficial, application.id)).assignedTo).toEqual({ id: fuzhouColleague.id, name: fuzhouColleague.name });
    const mine = await listQueue(fuzhouColleague, parseQueueFilters({ assigned: "me" }, "municipal_review"));
    expect(mine.rows.map((r) => r.id)).toContain(application.id);
    const notified = await db.prisma.notification.findMany({ where: { userId: fuzhouColleague.id, link: `/applications/${application.id}` } });
    expect(notified).toHaveLength(1);
    expect(await db.prisma.auditLog.count({ where: { entityId: application.id, action: "application.assign" } })).toBe(1);
  });

  it("not to an official of another city, another level, or another role", async () => {
    const { application } = await fuzhouFile();
    for (const other of [xiamenOfficial, fujianOfficial, ministry, expert]) {
      const error = await refusal(assignReviewer(fuzhouOfficial, { applicationId: application.id, assigneeId: other.id }));
      expect(error.status).toBe(400);
      expect(error.details).toMatchObject({ field: "assigneeId" });
    }
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).assignedToId).toBeNull();
  });

  it("a province assigns among its own provincial officials; an assignment can be cleared", async () => {
    const { application } = await fuzhouFile("provincial_review");
    await assignReviewer(fujianOfficial, { applicationId: application.id, assigneeId: fujianColleague.id });
    await assignReviewer(fujianOfficial, { applicationId: application.id, assigneeId: null });
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).assignedToId).toBeNull();
    expect((await listAssignableReviewers(fujianOfficial)).map((u) => u.id).sort()).toEqual([fujianOfficial.id, fujianColleague.id].sort());
  });

  it("an official outside the file's jurisdiction cannot assign it, even to themselves", async () => {
    const { application } = await fuzhouFile();
    expect((await refusal(assignReviewer(xiamenOfficial, { applicationId: application.id, assigneeId: xiamenOfficial.id }))).status).toBe(404);
    expect((await refusal(assignReviewer(admin, { applicationId: application.id, assigneeId: admin.id }))).status).toBe(403);
  });

  it("a disabled official is not offered and cannot be assigned", async () => {
    const { application } = await fuzhouFile();
    const leaver = await createActor(db, "municipal", FUZHOU);
    await db.prisma.user.update({ where: { id: leaver.id }, data: { disabledAt: new Date() } });
    expect((await listAssignableReviewers(fuzhouOfficial)).map((u) => u.id)).not.toContain(leaver.id);
    expect((await refusal(assignReviewer(fuzhouOfficial, { applicationId: application.id, assigneeId: leaver.id }))).status).toBe(400);
  });

  it("the ministry's colleagues are ministry officials; a Shanxi file is not Fujian's to assign", async () => {
    const { application } = await fuzhouFile("ministry_review", "little_giant");
    const colleague = await createActor(db, "ministry");
    await assignReviewer(ministry, { applicationId: application.id, assigneeId: colleague.id });
    const shanxiFirm = await createCompany(db, TAIYUAN, SHANXI);
    const shanxiFile = await createApplication(db, {
      companyId: shanxiFirm.id,
      programmeId: littleGiantId,
      tier: "little_giant",
      status: "provincial_review",
      cityCode: TAIYUAN,
      provinceCode: SHANXI,
    });
    expect((await refusal(assignReviewer(fujianOfficial, { applicationId: shanxiFile.id, assigneeId: fujianColleague.id }))).status).toBe(404);
  });
});

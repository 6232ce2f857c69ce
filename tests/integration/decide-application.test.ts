import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { decideApplication } from "@/lib/services/applications/decide-application";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, SHANXI, seedRegions, TAIYUAN, XIAMEN } from "./support/fixtures";

let db: FreshDatabase;
let fuzhouOfficial: Actor;
let xiamenOfficial: Actor;
let fujianOfficial: Actor;
let shanxiOfficial: Actor;
let ministry: Actor;
let otherCompanyUser: Actor;
let admin: Actor;
let programmeId: string;
let littleGiantProgrammeId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);

  const other = await createCompany(db, TAIYUAN, SHANXI);
  programmeId = (await createProgramme(db, "specialized")).id;
  littleGiantProgrammeId = (await createProgramme(db, "little_giant")).id;
  [fuzhouOfficial, xiamenOfficial, fujianOfficial, shanxiOfficial, ministry, otherCompanyUser, admin] = await Promise.all([
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", XIAMEN),
    createActor(db, "provincial", FUJIAN),
    createActor(db, "provincial", SHANXI),
    createActor(db, "ministry"),
    createActor(db, "company", null, other.id),
    createActor(db, "administrator"),
  ]);
});
afterAll(async () => db.destroy());

async function fuzhouApplication(
  status: "municipal_review" | "provincial_review" | "ministry_review" = "municipal_review",
  tier: "specialized" | "little_giant" = "specialized",
) {
  // One active application per company and programme: each test gets its own company.
  const firm = await createCompany(db, FUZHOU, FUJIAN);
  return createApplication(db, {
    companyId: firm.id,
    programmeId: tier === "little_giant" ? littleGiantProgrammeId : programmeId,
    tier,
    status,
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
  });
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("deciding an application", () => {
  it("the city approves its own firm's file, sending it to the province, with review, audit and notifications", async () => {
    const application = await fuzhouApplication();
    const outcome = await decideApplication(fuzhouOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 });
    expect(outcome).toMatchObject({ from: "municipal_review", to: "provincial_review", version: 2 });
    const stored = await db.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ status: "provincial_review", version: 2 });
    const reviews = await db.prisma.review.findMany({ where: { applicationId: application.id } });
    expect(reviews).toMatchObject([{ actorId: fuzhouOfficial.id, action: "approve", fromStatus: "municipal_review", toStatus: "provincial_review" }]);
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: application.id } });
    expect(audit).toMatchObject([
      { actorId: fuzhouOfficial.id, actorRole: "municipal", action: "application.approve", fromStatus: "municipal_review", toStatus: "provincial_review" },
    ]);
    const notified = await db.prisma.notification.findMany({ where: { link: `/applications/${application.id}` }, select: { userId: true } });
    expect(notified.map((n) => n.userId)).toContain(fujianOfficial.id);
  });

  it("a province recommends a little giant to the ministry, which approves it", async () => {
    const application = await fuzhouApplication("provincial_review", "little_giant");
    await decideApplication(fujianOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 });
    const outcome = await decideApplication(ministry, { applicationId: application.id, action: "approve", expectedVersion: 2 });
    expect(outcome.to).toBe("approved");
  });

  it("returning for correction requires a reason and the sections to fix, and changes nothing without them", async () => {
    const application = await fuzhouApplication();
    const noReason = await refusal(
      decideApplication(fuzhouOfficial, { applicationId: application.id, action: "return", expectedVersion: 1, sections: ["financials"] }),
    );
    expect(noReason.status).toBe(400);
    const noSections = await refusal(
      decideApplication(fuzhouOfficial, { applicationId: application.id, action: "return", expectedVersion: 1, reason: "缺少审计报告" }),
    );
    expect(noSections.status).toBe(400);
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("municipal_review");
    expect(await db.prisma.auditLog.count({ where: { entityId: application.id } })).toBe(0);

    await createActor(db, "company", null, application.companyId);
    await decideApplication(fuzhouOfficial, {
      applicationId: application.id,
      action: "return",
      expectedVersion: 1,
      reason: "缺少审计报告",
      sections: ["financials", "documents"],
    });
    const stored = await db.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored).toMatchObject({ status: "returned", returnedByLevel: "municipal", reopenSections: ["financials", "documents"] });
    // The firm is told why and what to correct, in both languages, by notification and so by email.
    const [notice] = await db.prisma.notification.findMany({
      where: { kind: "application.returned", link: `/applications/${application.id}` },
      select: { bodyZh: true, bodyEn: true },
    });
    expect(notice).toEqual({
      bodyZh: "理由：缺少审计报告\n请修改：近三年经营数据、证明材料。",
      bodyEn: "Reason: 缺少审计报告\nPlease correct: Financials, last 3 years, Documents.",
    });
  });

  it("a refused transition names the current state and what is allowed", async () => {
    const application = await fuzhouApplication("provincial_review");
    // The province's file cannot be approved by a city official, and not at the city stage either.
    const error = await refusal(
      decideApplication(fujianOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 }).then(() =>
        decideApplication(fujianOfficial, { applicationId: application.id, action: "approve", expectedVersion: 2 }),
      ),
    );
    expect(error.status).toBe(409);
    expect(error.bilingual.zh).toContain("审核通过");
    expect(error.details).toMatchObject({ from: "approved" });
  });

  it("deciding twice at once gives one success and one 'changed by someone else'", async () => {
    const application = await fuzhouApplication();
    const second = await createActor(db, "municipal", FUZHOU);
    const results = await Promise.allSettled([
      decideApplication(fuzhouOfficial, { applicationId: application.id, action: "approve", expectedVersion: 1 }),
      decideApplication(second, { applicationId: application.id, action: "reject", expectedVersion: 1, reason: "不符合条件" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(DomainError);
    expect((failed.reason as DomainError).status).toBe(409);
    expect((failed.reason as DomainError).bilingual.en).toMatch(/changed by someone else/);
    expect(await db.prisma.review.count({ where: { applicationId: application.id } })).toBe(1);
  });

  describe("who may decide (each role, own and other jurisdiction)", () => {
    const cases: Array<[string, (firmId: string) => Actor | Promise<Actor>, "ok" | 403 | 404]> = [
      ["the city official of the firm's city", () => fuzhouOfficial, "ok"],
      ["a city official of another city in the province", () => xiamenOfficial, 404],
      ["the provincial official, before the city has decided", () => fujianOfficial, 403],
      ["an official of another province", () => shanxiOfficial, 404],
      ["the ministry (not the national tier)", () => ministry, 404],
      ["the firm itself", (firmId) => createActor(db, "company", null, firmId), 403],
      ["another firm", () => otherCompanyUser, 404],
      // An administrator holds no permission on applications at all: 403 whatever the id.
      ["an administrator", () => admin, 403],
    ];
    for (const [who, actor, expected] of cases) {
      it(`${who}: ${expected === "ok" ? "allowed" : expected}`, async () => {
        const application = await fuzhouApplication();
        const attempt = decideApplication(await actor(application.companyId), { applicationId: application.id, action: "approve", expectedVersion: 1 });
        if (expected === "ok") {
          await expect(attempt).resolves.toMatchObject({ to: "provincial_review" });
        } else {
          const error = await refusal(attempt);
          expect(error.status).toBe(expected);
          expect((await db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("municipal_review");
        }
      });
    }
  });
});

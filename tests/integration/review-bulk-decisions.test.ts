import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { bulkDecisionInputSchema } from "@/lib/review/decision-input";
import { decideApplication } from "@/lib/services/applications/decide-application";
import { bulkDecideApplications } from "@/lib/services/review/bulk-decide-applications";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions, XIAMEN } from "./support/fixtures";

let db: FreshDatabase;
let fuzhouOfficial: Actor;
let fuzhouColleague: Actor;
let companyUser: Actor;
let programmeId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  programmeId = (await createProgramme(db, "specialized")).id;
  const firm = await createCompany(db, FUZHOU, FUJIAN);
  [fuzhouOfficial, fuzhouColleague, companyUser] = await Promise.all([
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", FUZHOU),
    createActor(db, "company", null, firm.id),
  ]);
});
afterAll(async () => db.destroy());

async function waitingFile(city = FUZHOU) {
  const firm = await createCompany(db, city, FUJIAN);
  return createApplication(db, { companyId: firm.id, programmeId, tier: "specialized", status: "municipal_review", cityCode: city, provinceCode: FUJIAN });
}

const statusOf = async (id: string) => (await db.prisma.application.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

describe("bulk decisions from the queue", () => {
  it("approves every selected file, each on its own, and reports one that changed meanwhile without undoing the others", async () => {
    const [first, changed, third] = await Promise.all([waitingFile(), waitingFile(), waitingFile()]);
    // A colleague returns one of them after the official loaded the queue (version 1).
    await decideApplication(fuzhouColleague, { applicationId: changed.id, action: "return", expectedVersion: 1, reason: "材料不全", sections: ["documents"] });

    const results = await bulkDecideApplications(fuzhouOfficial, {
      action: "approve",
      sections: [],
      items: [first, changed, third].map((a) => ({ applicationId: a.id, expectedVersion: 1 })),
    });

    expect(results).toEqual([
      { applicationId: first.id, ok: true, to: "provincial_review", version: 2 },
      { applicationId: changed.id, ok: false, status: 409, message: expect.objectContaining({ en: expect.stringMatching(/changed by someone else/) }) },
      { applicationId: third.id, ok: true, to: "provincial_review", version: 2 },
    ]);
    expect(await statusOf(first.id)).toBe("provincial_review");
    expect(await statusOf(changed.id)).toBe("returned");
    expect(await statusOf(third.id)).toBe("provincial_review");
    // Each success has its review and audit entry; the conflict wrote nothing of the official's.
    expect(await db.prisma.review.count({ where: { applicationId: { in: [first.id, third.id] }, actorId: fuzhouOfficial.id } })).toBe(2);
    expect(await db.prisma.review.count({ where: { applicationId: changed.id, actorId: fuzhouOfficial.id } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { entityId: changed.id, actorId: fuzhouOfficial.id } })).toBe(0);
  });

  it("returns several files with one reason and the sections to correct", async () => {
    const files = await Promise.all([waitingFile(), waitingFile()]);
    const results = await bulkDecideApplications(fuzhouOfficial, {
      action: "return",
      reason: "请补充近三年审计报告",
      sections: ["financials", "documents"],
      items: files.map((a) => ({ applicationId: a.id, expectedVersion: 1 })),
    });
    expect(results.every((r) => r.ok)).toBe(true);
    for (const file of files) {
      const stored = await db.prisma.application.findUniqueOrThrow({ where: { id: file.id } });
      expect(stored).toMatchObject({ status: "returned", returnedByLevel: "municipal", reopenSections: ["financials", "documents"] });
      const [review] = await db.prisma.review.findMany({ where: { applicationId: file.id } });
      expect(review).toMatchObject({ action: "return", reason: "请补充近三年审计报告", sections: ["financials", "documents"] });
    }
  });

  it("a file outside the official's city is reported as not found, and the rest are decided", async () => {
    const [own, other] = await Promise.all([waitingFile(), waitingFile(XIAMEN)]);
    const results = await bulkDecideApplications(fuzhouOfficial, {
      action: "approve",
      sections: [],
      items: [other, own].map((a) => ({ applicationId: a.id, expectedVersion: 1 })),
    });
    expect(results.map((r) => (r.ok ? "ok" : r.status))).toEqual([404, "ok"]);
    expect(await statusOf(other.id)).toBe("municipal_review");
    expect(await statusOf(own.id)).toBe("provincial_review");
  });

  it("the same file listed twice is decided once", async () => {
    const file = await waitingFile();
    const results = await bulkDecideApplications(fuzhouOfficial, {
      action: "approve",
      sections: [],
      items: [file, file].map((a) => ({ applicationId: a.id, expectedVersion: 1 })),
    });
    expect(results).toHaveLength(1);
    expect(await db.prisma.review.count({ where: { applicationId: file.id } })).toBe(1);
  });

  it("returning without a reason or sections is refused for every file, and nothing changes", async () => {
    const file = await waitingFile();
    const parsed = bulkDecisionInputSchema.safeParse({ action: "return", items: [{ applicationId: file.id, expectedVersion: "1" }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["reason", "sections"]));
    // Called past the schema, the decision service still refuses each file.
    const results = await bulkDecideApplications(fuzhouOfficial, { action: "return", sections: [], items: [{ applicationId: file.id, expectedVersion: 1 }] });
    expect(results).toEqual([expect.objectContaining({ ok: false, status: 400 })]);
    expect(await statusOf(file.id)).toBe("municipal_review");
  });

  it("rejecting is not offered in bulk, and the batch is limited to 100 files", () => {
    const item = { applicationId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1 };
    expect(bulkDecisionInputSchema.safeParse({ action: "reject", reason: "x", items: [item] }).success).toBe(false);
    expect(bulkDecisionInputSchema.safeParse({ action: "approve", items: Array.from({ length: 101 }, () => item) }).success).toBe(false);
    expect(bulkDecisionInputSchema.safeParse({ action: "approve", items: [] }).success).toBe(false);
  });

  it("a company may not use it", async () => {
    const file = await waitingFile();
    const error = await bulkDecideApplications(companyUser, { action: "approve", sections: [], items: [{ applicationId: file.id, expectedVersion: 1 }] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).status).toBe(403);
  });
});

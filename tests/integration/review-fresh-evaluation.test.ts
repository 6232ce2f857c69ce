import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { countAssignedToMe } from "@/lib/services/review/assigned-to-me";
import { freshEvaluationForStaff } from "@/lib/services/review/fresh-evaluation";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions, XIAMEN } from "./support/fixtures";

let db: FreshDatabase;
let fuzhouOfficial: Actor;
let xiamenOfficial: Actor;
let fujianOfficial: Actor;
let ministry: Actor;
let programmeId: string;
let ruleSetId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  const ruleSets = await seedRuleSets(db.prisma);
  ruleSetId = ruleSets.get("specialized-2026")!;
  programmeId = (await createProgramme(db, "specialized")).id;
  [fuzhouOfficial, xiamenOfficial, fujianOfficial, ministry] = await Promise.all([
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", XIAMEN),
    createActor(db, "provincial", FUJIAN),
    createActor(db, "ministry"),
  ]);
});
afterAll(async () => db.destroy());

async function fuzhouFile(status: "draft" | "municipal_review" = "municipal_review", assignedToId: string | null = null) {
  const firm = await createCompany(db, FUZHOU, FUJIAN);
  const application = await createApplication(db, {
    companyId: firm.id,
    programmeId,
    tier: "specialized",
    status,
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
    assignedToId,
    facts: { financials: { "2025": { revenue: 52_000_000, rdExpense: 2_600_000 } } },
  });
  await db.prisma.application.update({ where: { id: application.id }, data: { ruleSetId } });
  return application;
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof DomainError ? error.status : error),
  );

describe("the fresh evaluation an official compares with the stored one", () => {
  it("evaluates the facts by the rule set the file was judged by, without storing anything", async () => {
    const file = await fuzhouFile();
    const result = await freshEvaluationForStaff(fuzhouOfficial, file.id, new Date("2026-11-22T00:00:00Z"));
    expect(result.ruleSet.code).toBe("specialized-2026");
    expect(result.applicationYear).toBe(2026);
    expect(result.asOf).toBe("2026-11-22");
    // Only two figures were reported: the evaluation cannot say the firm is eligible.
    expect(result.outcome).not.toBe("eligible");
    const stored = await db.prisma.application.findUniqueOrThrow({ where: { id: file.id }, select: { evaluation: true, version: true } });
    expect(stored).toEqual({ evaluation: null, version: 1 });
  });

  it("is available to the city and the province of the file", async () => {
    const file = await fuzhouFile();
    await expect(freshEvaluationForStaff(fujianOfficial, file.id)).resolves.toMatchObject({ ruleSet: { code: "specialized-2026" } });
  });

  it("another city's official, the ministry (not its tier) and anyone reading a draft get 'not found'", async () => {
    const file = await fuzhouFile();
    expect(await refusal(freshEvaluationForStaff(xiamenOfficial, file.id))).toBe(404);
    expect(await refusal(freshEvaluationForStaff(ministry, file.id))).toBe(404);
    const draft = await fuzhouFile("draft");
    expect(await refusal(freshEvaluationForStaff(fuzhouOfficial, draft.id))).toBe(404);
  });
});

describe("the dashboard's count of files assigned to me", () => {
  it("counts only files awaiting my level that are assigned to me, in my jurisdiction", async () => {
    const before = await countAssignedToMe(fuzhouOfficial);
    await fuzhouFile("municipal_review", fuzhouOfficial.id);
    await fuzhouFile("municipal_review", fuzhouOfficial.id);
    await fuzhouFile("municipal_review", null);
    await fuzhouFile("draft", fuzhouOfficial.id);
    expect(await countAssignedToMe(fuzhouOfficial)).toBe(before + 2);
    expect(await countAssignedToMe(xiamenOfficial)).toBe(0);
  });
});

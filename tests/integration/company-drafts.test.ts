import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { saveDraft } from "@/lib/services/applications/save-draft";
import { startApplication } from "@/lib/services/applications/start-application";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
const today = new Date("2026-06-01T08:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
});
afterAll(async () => db.destroy());

async function firm(): Promise<{ actor: Actor; companyId: string }> {
  const company = await createCompany(db, FUZHOU, FUJIAN);
  return { actor: await createActor(db, "company", null, company.id), companyId: company.id };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("starting an application", () => {
  it("opens a draft for an open programme of the firm's province", async () => {
    const { actor } = await firm();
    const programme = await createProgramme(db, "innovative");
    const { id } = await startApplication(actor, { programmeId: programme.id }, today);
    const stored = await db.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "draft", version: 1, cityCode: FUZHOU, provinceCode: FUJIAN, tier: "innovative" });
  });

  it("allows one active application per programme", async () => {
    const { actor } = await firm();
    const programme = await createProgramme(db, "innovative");
    await startApplication(actor, { programmeId: programme.id }, today);
    const error = await refusal(startApplication(actor, { programmeId: programme.id }, today));
    expect(error.status).toBe(409);
  });

  it("requires a valid title of the tier below", async () => {
    const { actor, companyId } = await firm();
    const programme = await createProgramme(db, "specialized");
    const error = await refusal(startApplication(actor, { programmeId: programme.id }, today));
    expect(error.bilingual.zh).toContain("创新型中小企业");
    await db.prisma.recognition.create({
      data: {
        certificateNo: `T-${companyId}`,
        companyId,
        tier: "innovative",
        year: 2025,
        validFrom: new Date("2025-06-01"),
        validUntil: new Date("2028-05-31"),
        provinceCode: FUJIAN,
        cityCode: FUZHOU,
        industryCode: "C34",
      },
    });
    await expect(startApplication(actor, { programmeId: programme.id }, today)).resolves.toHaveProperty("id");
  });

  it("refuses a firm cancelled for cause until its cooling-off period ends, naming the date", async () => {
    const { actor, companyId } = await firm();
    const recognition = await db.prisma.recognition.create({
      data: {
        certificateNo: `R-${companyId}`,
        companyId,
        tier: "innovative",
        year: 2024,
        status: "revoked",
        validFrom: new Date("2024-06-01"),
        validUntil: new Date("2027-05-31"),
        provinceCode: FUJIAN,
        cityCode: FUZHOU,
        industryCode: "C34",
      },
    });
    await db.prisma.recognitionEvent.create({
      data: { recognitionId: recognition.id, companyId, kind: "revoked", reasonCategory: "falsified_data", occurredOn: new Date("2025-03-10") },
    });
    const programme = await createProgramme(db, "innovative");
    const error = await refusal(startApplication(actor, { programmeId: programme.id }, today));
    expect(error.details).toEqual({ mayApplyFrom: "2028-03-10" });
    expect(error.bilingual.zh).toContain("2028-03-10");
  });

  it("refuses a programme that is closed", async () => {
    const { actor } = await firm();
    const programme = await createProgramme(db, "innovative", 2024);
    expect((await refusal(startApplication(actor, { programmeId: programme.id }, today))).status).toBe(400);
  });
});

describe("saving a draft", () => {
  it("stores the facts, bumps the version and marks touched sections in progress", async () => {
    const { actor } = await firm();
    const programme = await createProgramme(db, "innovative");
    const { id } = await startApplication(actor, { programmeId: programme.id }, today);
    const result = await saveDraft(actor, { applicationId: id, expectedVersion: 1, facts: { financials: { "2025": { revenue: 12_000_000 } } } });
    expect(result).toEqual({ version: 2, sectionState: { financials: "in-progress" } });
    const marked = await saveDraft(actor, {
      applicationId: id,
      expectedVersion: 2,
      facts: { financials: { "2025": { revenue: 12_000_000 } } },
      complete: ["financials"],
    });
    expect(marked.sectionState).toEqual({ financials: "complete" });
  });

  it("a save from a second tab with older data is refused, and the newer data is kept", async () => {
    const { actor } = await firm();
    const programme = await createProgramme(db, "innovative");
    const { id } = await startApplication(actor, { programmeId: programme.id }, today);
    await saveDraft(actor, { applicationId: id, expectedVersion: 1, facts: { market: { nicheSince: 2012 } } });
    const error = await refusal(saveDraft(actor, { applicationId: id, expectedVersion: 1, facts: { market: { nicheSince: 2019 } } }));
    expect(error.status).toBe(409);
    const stored = await db.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(stored.facts).toEqual({ market: { nicheSince: 2012 } });
  });

  it("after a return only the reopened sections may change", async () => {
    const { actor, companyId } = await firm();
    const programme = await createProgramme(db, "innovative");
    const application = await createApplication(db, {
      companyId,
      programmeId: programme.id,
      tier: "innovative",
      status: "returned",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    await db.prisma.application.update({
      where: { id: application.id },
      data: { facts: { market: { nicheSince: 2012 }, financials: { "2025": { revenue: 100 } } }, reopenSections: ["financials"], returnedByLevel: "municipal" },
    });
    const error = await refusal(
      saveDraft(actor, {
        applicationId: application.id,
        expectedVersion: 1,
        facts: { market: { nicheSince: 2010 }, financials: { "2025": { revenue: 100 } } },
      }),
    );
    expect(error.details).toEqual({ lockedSections: ["market"] });
    await expect(
      saveDraft(actor, {
        applicationId: application.id,
        expectedVersion: 1,
        facts: { market: { nicheSince: 2012 }, financials: { "2025": { revenue: 150 } } },
      }),
    ).resolves.toMatchObject({ version: 2 });
  });

  it("another firm cannot save into this application (not found)", async () => {
    const { actor } = await firm();
    const other = await firm();
    const programme = await createProgramme(db, "innovative");
    const { id } = await startApplication(actor, { programmeId: programme.id }, today);
    expect((await refusal(saveDraft(other.actor, { applicationId: id, expectedVersion: 1, facts: {} }))).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companyDashboard } from "@/lib/services/company-portal/company-dashboard";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, createProgramme, FUJIAN, FUZHOU, SHANXI, seedRegions } from "./support/fixtures";
import { createRecognition } from "./support/recognitions";

let db: FreshDatabase;
const now = new Date("2026-06-01T08:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
});
afterAll(async () => db.destroy());

describe("the open calls a firm sees", () => {
  it("come in order of relevance — offered first, its province's, its next tier — and a tier it holds is never offered", async () => {
    const littleGiant = await createProgramme(db, "little_giant");
    const nationalInnovative = await createProgramme(db, "innovative", 2026, null);
    const fujianInnovative = await createProgramme(db, "innovative");
    const fujianSpecialized = await createProgramme(db, "specialized");
    await createProgramme(db, "specialized", 2026, SHANXI);
    const company = await createCompany(db, FUZHOU, FUJIAN);
    await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2025-09-15",
      validUntil: "2028-09-14",
    });
    const actor = await createActor(db, "company", null, company.id);

    const { programmes } = await companyDashboard(actor, {}, now);
    expect(programmes.map((p) => p.id)).toEqual([fujianSpecialized.id, fujianInnovative.id, nationalInnovative.id, littleGiant.id]);
    expect(programmes[0]!.availability.kind).toBe("open");
    for (const held of [fujianInnovative.id, nationalInnovative.id]) {
      const call = programmes.find((p) => p.id === held)!;
      expect(call.availability.kind).toBe("blocked");
    }
  });
});

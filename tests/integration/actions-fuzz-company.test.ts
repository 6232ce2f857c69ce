import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveDraftAction } from "@/lib/actions/company/save-draft";
import { transitionApplicationAction } from "@/lib/actions/company/transition-application";
import type { Actor } from "@/lib/auth/roles";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { damagedFacts } from "../unit/rules/support/plausible-facts";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { corrupted, fuzzAction } from "./support/fuzz-action";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions, XIAMEN } from "./support/fixtures";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));
vi.mock("next-intl/server", () => import("./support/outside-request"));
vi.mock("next/cache", () => import("./support/outside-next-cache"));

/**
 * The company's writes — saving the draft and submitting it — with hostile input from the owner
 * and from anyone else: every refusal is a 4xx result with a message, and the application row
 * and every table count stay as they were.
 */
let db: FreshDatabase;
let owner: Actor;
let others: Actor[];
let draftId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  const programme = await createProgramme(db, "innovative");
  const company = await createCompany(db, FUZHOU, FUJIAN);
  owner = await createActor(db, "company", null, company.id);
  const rival = await createCompany(db, XIAMEN, FUJIAN);
  others = [await createActor(db, "company", null, rival.id), await createActor(db, "municipal", FUZHOU), await createActor(db, "administrator")];
  draftId = (
    await createApplication(db, {
      companyId: company.id,
      programmeId: programme.id,
      tier: "innovative",
      status: "draft",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    })
  ).id;
});
afterAll(async () => db.destroy());

const application = () => db.prisma.application.findUniqueOrThrow({ where: { id: draftId } });
const version = async () => (await application()).version;
let currentVersion = 1;
// Mostly the owner (whose input is then judged), sometimes no session or someone else's.
const callers = fc
  .oneof({ weight: 4, arbitrary: fc.constant(-2) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 2 }) })
  .map((pick): Actor | null => (pick === -2 ? owner : pick === -1 ? null : others[pick]!));

describe("saving a draft with hostile input", () => {
  it("is refused with a 4xx result that leaves the application and every table unchanged", async () => {
    currentVersion = await version();
    const valid = () => ({ applicationId: draftId, expectedVersion: currentVersion, facts: {}, complete: ["financials"] });
    const inputs = fc.oneof(
      corrupted(valid, ["applicationId", "expectedVersion", "facts", "complete", "incomplete"]),
      damagedFacts.map((facts) => ({ ...valid(), facts })),
    );
    const seen = await fuzzAction({ db, action: saveDraftAction, callers, inputs, target: application, numRuns: 80 });
    expect(seen.get(400)).toBeGreaterThan(0);
    expect(seen.get("ok") ?? 0).toBeLessThan(5);
  });
});

describe("submitting with hostile input", () => {
  it("is refused with a 4xx result and the draft stays a draft", async () => {
    currentVersion = await version();
    const valid = () => ({ applicationId: draftId, action: "submit", expectedVersion: currentVersion, reason: "" });
    const seen = await fuzzAction({
      db,
      action: transitionApplicationAction,
      callers,
      inputs: corrupted(valid, ["applicationId", "action", "expectedVersion", "reason"]),
      target: application,
      numRuns: 60,
    });
    expect(seen.get("ok")).toBeUndefined();
    expect((await application()).status).toBe("draft");
  });
});

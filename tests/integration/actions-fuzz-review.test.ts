import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addApplicationNoteAction } from "@/lib/actions/review/add-application-note";
import { bulkDecideApplicationsAction } from "@/lib/actions/review/bulk-decide-applications";
import { decideApplicationAction } from "@/lib/actions/review/decide-application";
import type { Actor } from "@/lib/auth/roles";
import { actAs } from "./support/acting-as";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { rowCounts } from "./support/row-counts";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { corrupted, fuzzAction } from "./support/fuzz-action";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions, XIAMEN } from "./support/fixtures";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));
vi.mock("next-intl/server", () => import("./support/outside-request"));
vi.mock("next/cache", () => import("./support/outside-next-cache"));

/**
 * An official's decision and notes with hostile input, from the file's own city and from
 * others: every refusal is a 4xx result with a message, and the file and every table count stay
 * as they were. Hostile text that is valid (a note reading "<script>") may be stored; it is text.
 */
let db: FreshDatabase;
let fuzhou: Actor;
let others: Actor[];
let fileId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  const programme = await createProgramme(db, "innovative");
  const company = await createCompany(db, FUZHOU, FUJIAN);
  fuzhou = await createActor(db, "municipal", FUZHOU);
  others = [await createActor(db, "municipal", XIAMEN), await createActor(db, "company", null, company.id), await createActor(db, "expert")];
  fileId = (
    await createApplication(db, {
      companyId: company.id,
      programmeId: programme.id,
      tier: "innovative",
      status: "municipal_review",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    })
  ).id;
});
afterAll(async () => db.destroy());

const file = () => db.prisma.application.findUniqueOrThrow({ where: { id: fileId } });
const callers = fc
  .oneof({ weight: 4, arbitrary: fc.constant(-2) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 2 }) })
  .map((pick): Actor | null => (pick === -2 ? fuzhou : pick === -1 ? null : others[pick]!));

describe("deciding on a file with hostile input", () => {
  it("is refused with a 4xx result that leaves the file and every table unchanged", async () => {
    // A reason is required to return or reject: the valid base lacks one, so only junk is varied.
    const valid = () => ({ applicationId: fileId, action: "reject", expectedVersion: 1, sections: [] as string[] });
    const seen = await fuzzAction({
      db,
      action: decideApplicationAction,
      callers,
      inputs: corrupted(valid, ["applicationId", "action", "expectedVersion", "sections"]),
      target: file,
      numRuns: 80,
    });
    expect(seen.get(400)).toBeGreaterThan(0);
  });

  it("in bulk, is refused with a 4xx result that leaves the file and every table unchanged", async () => {
    const valid = () => ({ action: "return", sections: [] as string[], items: [{ applicationId: fileId, expectedVersion: 1 }] });
    const seen = await fuzzAction({
      db,
      action: bulkDecideApplicationsAction,
      callers,
      inputs: corrupted(valid, ["action", "reason", "sections", "items"]),
      target: file,
      numRuns: 60,
    });
    expect(seen.get(400)).toBeGreaterThan(0);
  });
});

describe("a note with hostile input", () => {
  it("is stored as given or refused with a 4xx result that writes nothing", async () => {
    const valid = () => ({ applicationId: fileId, body: "请核对2025年营业收入。" });
    const seen = await fuzzAction({
      db,
      action: addApplicationNoteAction,
      callers,
      inputs: corrupted(valid, ["applicationId", "body"]),
      target: file,
      numRuns: 80,
    });
    expect(seen.get("ok")).toBeGreaterThan(0);
    expect(seen.get(400)).toBeGreaterThan(0);
  });
});

describe("text the database cannot hold", () => {
  it("a NUL character or a lone surrogate in a note or a reason is a 400 naming the field, not a failed write", async () => {
    actAs(fuzhou);
    const counts = await rowCounts(db);
    for (const text of ["a\u0000b", "\u0000", "a\ud800b", "\udfff"]) {
      const note = await addApplicationNoteAction({ applicationId: fileId, body: text });
      expect(note).toMatchObject({ ok: false, status: 400, fieldErrors: { body: [expect.any(String)] } });
      const decision = await decideApplicationAction({ applicationId: fileId, action: "reject", expectedVersion: 1, reason: text, sections: [] });
      expect(decision).toMatchObject({ ok: false, status: 400, fieldErrors: { reason: [expect.any(String)] } });
    }
    expect(await rowCounts(db)).toEqual(counts);
  });
});

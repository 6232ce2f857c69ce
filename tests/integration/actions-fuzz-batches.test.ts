import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addBatchEntriesAction } from "@/lib/actions/batches/add-batch-entries";
import { announceBatchAction } from "@/lib/actions/batches/announce-batch";
import { createRuleSetVersionAction } from "@/lib/actions/rule-sets/create-rule-set-version";
import type { Actor } from "@/lib/auth/roles";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { createBatch } from "@/lib/services/batches/create-batch";
import { approvedApplications } from "./support/batch-fixtures";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { corrupted, fuzzAction } from "./support/fuzz-action";
import { createActor, createProgramme, FUJIAN, FUZHOU, seedRegions, SHANXI } from "./support/fixtures";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));
vi.mock("next-intl/server", () => import("./support/outside-request"));
vi.mock("next/cache", () => import("./support/outside-next-cache"));

/**
 * The province's batch writes (adding firms, announcing) and the administrator's new rule-set
 * version with hostile input, from the managing official and from others: every refusal is a
 * 4xx result with a message, and the batch or rule set and every table count stay as they were.
 */
let db: FreshDatabase;
let fujian: Actor;
let admin: Actor;
let others: Actor[];
let draftBatchId: string;
let noticeBatchId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  fujian = await createActor(db, "provincial", FUJIAN);
  admin = await createActor(db, "administrator");
  others = [await createActor(db, "provincial", SHANXI), await createActor(db, "municipal", FUZHOU), await createActor(db, "ministry")];
  const programme = await createProgramme(db, "specialized");
  await approvedApplications(db, { programmeId: programme.id, tier: "specialized", count: 3, cityCode: FUZHOU, provinceCode: FUJIAN });
  draftBatchId = (await createBatch(fujian, { programmeId: programme.id })).id;
  const later = await createProgramme(db, "specialized");
  // On notice until well after today, so a well-formed announcement is refused as too early.
  noticeBatchId = (
    await db.prisma.batch.create({
      data: {
        programmeId: later.id,
        tier: "specialized",
        year: 2026,
        authorityCode: FUJIAN,
        ordinal: 1,
        titleZh: "公示中",
        titleEn: "On notice",
        status: "notice",
        noticeStart: new Date(),
        noticeEnd: new Date(Date.now() + 30 * 86_400_000),
      },
    })
  ).id;
});
afterAll(async () => db.destroy());

const as = (main: () => Actor) =>
  fc
    .oneof({ weight: 4, arbitrary: fc.constant(-2) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 2 }) })
    .map((pick): Actor | null => (pick === -2 ? main() : pick === -1 ? null : others[pick]!));
const batch = (id: () => string) => () => db.prisma.batch.findUniqueOrThrow({ where: { id: id() }, include: { entries: true } });

describe("adding firms to a batch with hostile input", () => {
  it("is refused with a 4xx result that leaves the batch and every table unchanged", async () => {
    const valid = () => ({ batchId: draftBatchId, applicationIds: ["00000000-0000-4000-8000-000000000000"] });
    const seen = await fuzzAction({
      db,
      action: addBatchEntriesAction,
      callers: as(() => fujian),
      inputs: corrupted(valid, ["batchId", "all", "applicationIds"]),
      target: batch(() => draftBatchId),
    });
    expect(seen.get(400)).toBeGreaterThan(0);
  });
});

describe("announcing a batch with hostile input", () => {
  it("is refused with a 4xx result and the batch stays on notice", async () => {
    const valid = () => ({ batchId: noticeBatchId, expectedVersion: 1 });
    const seen = await fuzzAction({
      db,
      action: announceBatchAction,
      callers: as(() => fujian),
      inputs: corrupted(valid, ["batchId", "expectedVersion"]),
      target: batch(() => noticeBatchId),
    });
    expect(seen.get("ok")).toBeUndefined();
    expect((await db.prisma.batch.findUniqueOrThrow({ where: { id: noticeBatchId } })).status).toBe("notice");
  });
});

describe("creating a rule-set version with hostile input", () => {
  it("is refused with a 4xx result and no rule set is added", async () => {
    const valid = () => ({ basedOnId: "00000000-0000-4000-8000-000000000000" });
    const ruleSets = () => db.prisma.ruleSet.findMany({ orderBy: { id: "asc" } });
    const seen = await fuzzAction({
      db,
      action: createRuleSetVersionAction,
      callers: as(() => admin),
      inputs: corrupted(valid, ["basedOnId"]),
      target: ruleSets,
    });
    expect(seen.get("ok")).toBeUndefined();
    expect(seen.get(400)).toBeGreaterThan(0);
  });
});

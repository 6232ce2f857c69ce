import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { parseQueueFilters, type QueueFilters } from "@/lib/review/queue-filters";
import { listQueue } from "@/lib/services/review/list-queue";
import { queueFilterOptions } from "@/lib/services/review/queue-options";
import { staffDashboard } from "@/lib/services/review/staff-dashboard";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, SHANXI, seedRegions, TAIYUAN, XIAMEN } from "./support/fixtures";

let db: FreshDatabase;
let fuzhouOfficial: Actor;
let fuzhouColleague: Actor;
let xiamenOfficial: Actor;
let fujianOfficial: Actor;
let shanxiOfficial: Actor;
let ministry: Actor;
let companyUser: Actor;
let admin: Actor;
let expert: Actor;
let specialized: string;
let innovative2025: string;
let littleGiant: string;
let shanxiSpecialized: string;
let paging: string;

/** Application ids by a short name, and their credit codes. */
const ids: Record<string, string> = {};
const creditCodes: Record<string, string> = {};

type Status = "draft" | "municipal_review" | "provincial_review" | "ministry_review";

async function file(
  key: string,
  city: string,
  province: string,
  programmeId: string,
  tier: "innovative" | "specialized" | "little_giant",
  status: Status,
  extra: {
    name?: string;
    score?: number | null;
    outcome?: "eligible" | "not-eligible" | "incomplete";
    submittedAt?: string;
    year?: number;
    assignedToId?: string;
  } = {},
) {
  const company = await createCompany(db, city, province, { nameZh: extra.name });
  const application = await createApplication(db, {
    companyId: company.id,
    programmeId,
    tier,
    status,
    cityCode: city,
    provinceCode: province,
    year: extra.year,
    score: extra.score,
    outcome: extra.outcome,
    assignedToId: extra.assignedToId,
    submittedAt: extra.submittedAt ? new Date(extra.submittedAt) : undefined,
  });
  ids[key] = application.id;
  creditCodes[key] = company.creditCode;
  return application;
}

const filters = (actor: Actor, params: Record<string, string> = {}): QueueFilters =>
  parseQueueFilters(params, actor.role === "municipal" ? "municipal_review" : actor.role === "provincial" ? "provincial_review" : "ministry_review");

async function keysOf(actor: Actor, params: Record<string, string> = {}) {
  const page = await listQueue(actor, filters(actor, { size: "100", ...params }));
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return page.rows.map((row) => byId.get(row.id) ?? row.id);
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  [specialized, innovative2025, littleGiant, shanxiSpecialized, paging] = await Promise.all([
    createProgramme(db, "specialized").then((p) => p.id),
    createProgramme(db, "innovative", 2025).then((p) => p.id),
    createProgramme(db, "little_giant").then((p) => p.id),
    createProgramme(db, "specialized", 2026, SHANXI).then((p) => p.id),
    createProgramme(db, "innovative", 2026).then((p) => p.id),
  ]);
  const placeholder = await createCompany(db, TAIYUAN, SHANXI);
  [fuzhouOfficial, fuzhouColleague, xiamenOfficial, fujianOfficial, shanxiOfficial, ministry, companyUser, admin, expert] = await Promise.all([
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", XIAMEN),
    createActor(db, "provincial", FUJIAN),
    createActor(db, "provincial", SHANXI),
    createActor(db, "ministry"),
    createActor(db, "company", null, placeholder.id),
    createActor(db, "administrator"),
    createActor(db, "expert"),
  ]);

  // Fuzhou: four files waiting for the city, one at each later level, and a draft.
  await file("fz-precision", FUZHOU, FUJIAN, specialized, "specialized", "municipal_review", {
    name: "福州华信精密机械有限公司",
    score: 82.5,
    outcome: "eligible",
    submittedAt: "2026-03-01T02:00:00Z",
  });
  await file("fz-strait", FUZHOU, FUJIAN, specialized, "specialized", "municipal_review", {
    name: "福州海峡新材料科技有限公司",
    score: 55,
    outcome: "not-eligible",
    submittedAt: "2026-03-02T02:00:00Z",
    assignedToId: fuzhouOfficial.id,
  });
  await file("fz-minjiang", FUZHOU, FUJIAN, innovative2025, "innovative", "municipal_review", {
    name: "福州闽江电子有限公司",
    score: 70,
    outcome: "incomplete",
    submittedAt: "2026-02-15T02:00:00Z",
    year: 2025,
  });
  await file("fz-giant", FUZHOU, FUJIAN, littleGiant, "little_giant", "municipal_review", {
    name: "福州精工小巨人股份有限公司",
    score: null,
    submittedAt: "2026-03-05T02:00:00Z",
    assignedToId: fuzhouColleague.id,
  });
  await file("fz-province", FUZHOU, FUJIAN, specialized, "specialized", "provincial_review", { name: "福州榕城智能装备有限公司", score: 64 });
  await file("fz-ministry", FUZHOU, FUJIAN, littleGiant, "little_giant", "ministry_review", { name: "福州东南传感器有限公司" });
  await file("fz-draft", FUZHOU, FUJIAN, specialized, "specialized", "draft", { name: "福州草稿企业有限公司" });
  // Xiamen, in the same province.
  await file("xm-city", XIAMEN, FUJIAN, specialized, "specialized", "municipal_review", { name: "厦门鹭岛光电有限公司", score: 90, outcome: "eligible" });
  await file("xm-province", XIAMEN, FUJIAN, specialized, "specialized", "provincial_review", { name: "厦门海沧生物科技有限公司" });
  await file("xm-ministry", XIAMEN, FUJIAN, littleGiant, "little_giant", "ministry_review", { name: "厦门集美微电子有限公司" });
  // Taiyuan, in another province.
  await file("ty-city", TAIYUAN, SHANXI, shanxiSpecialized, "specialized", "municipal_review", { name: "太原晋阳重工有限公司" });
  await file("ty-province", TAIYUAN, SHANXI, littleGiant, "little_giant", "provincial_review", { name: "太原汾河精密有限公司" });
  await file("ty-ministry", TAIYUAN, SHANXI, littleGiant, "little_giant", "ministry_review", { name: "太原龙城新能源有限公司" });
});
afterAll(async () => db.destroy());

describe("the review queue shows each official their jurisdiction and level", () => {
  it("a city official sees the files waiting for the city in their own city only", async () => {
    expect((await keysOf(fuzhouOfficial)).sort()).toEqual(["fz-giant", "fz-minjiang", "fz-precision", "fz-strait"]);
    expect(await keysOf(xiamenOfficial)).toEqual(["xm-city"]);
  });

  it("with every status, a city official still sees only their city, and never a company's draft", async () => {
    expect((await keysOf(fuzhouOfficial, { status: "all" })).sort()).toEqual([
      "fz-giant",
      "fz-ministry",
      "fz-minjiang",
      "fz-precision",
      "fz-province",
      "fz-strait",
    ]);
  });

  it("a provincial official sees their own province's files awaiting the province", async () => {
    expect((await keysOf(fujianOfficial)).sort()).toEqual(["fz-province", "xm-province"]);
    expect(await keysOf(shanxiOfficial)).toEqual(["ty-province"]);
    const all = await keysOf(fujianOfficial, { status: "all" });
    expect(all).not.toContain("ty-city");
    expect(all).not.toContain("ty-ministry");
    expect(all).not.toContain("fz-draft");
    expect(all).toEqual(expect.arrayContaining(["fz-precision", "fz-ministry", "xm-city", "xm-ministry"]));
  });

  it("the ministry sees little giants only, nationwide", async () => {
    expect((await keysOf(ministry)).sort()).toEqual(["fz-ministry", "ty-ministry", "xm-ministry"]);
    expect((await keysOf(ministry, { status: "all" })).sort()).toEqual(["fz-giant", "fz-ministry", "ty-ministry", "ty-province", "xm-ministry"]);
  });

  for (const [who, actor] of [
    ["a company", () => companyUser],
    ["an administrator", () => admin],
    ["an expert", () => expert],
  ] as const) {
    it(`${who} is refused the queue, its filter choices and the staff dashboard`, async () => {
      const someone = actor();
      expect((await refusal(listQueue(someone, filters(someone)))).status).toBe(403);
      expect((await refusal(queueFilterOptions(someone))).status).toBe(403);
      expect((await refusal(staffDashboard(someone))).status).toBe(403);
    });
  }

  it("counts files by status for the whole jurisdiction, whatever the other filters", async () => {
    const page = await listQueue(fuzhouOfficial, filters(fuzhouOfficial, { outcome: "eligible", q: "华信" }));
    expect(page.total).toBe(1);
    expect(page.counts).toMatchObject({ municipal_review: 4, provincial_review: 1, ministry_review: 1, approved: 0, all: 6 });
    const ministryCounts = (await listQueue(ministry, filters(ministry))).counts;
    expect(ministryCounts).toMatchObject({ municipal_review: 1, provincial_review: 1, ministry_review: 3, all: 5 });
  });

  it("each row carries what the table shows: company, credit code, city, programme, score, reviewer", async () => {
    const page = await listQueue(fuzhouOfficial, filters(fuzhouOfficial, { q: "海峡" }));
    expect(page.rows).toEqual([
      expect.objectContaining({
        id: ids["fz-strait"],
        status: "municipal_review",
        version: 1,
        company: { nameZh: "福州海峡新材料科技有限公司", creditCode: creditCodes["fz-strait"] },
        city: { code: FUZHOU, nameZh: "福州市", nameEn: "Fuzhou" },
        score: 55,
        outcome: "not-eligible",
        assignedTo: { id: fuzhouOfficial.id, name: fuzhouOfficial.name },
      }),
    ]);
  });
});

describe("filters, search and sorting", () => {
  it("by programme and by year", async () => {
    expect((await keysOf(fuzhouOfficial, { programme: specialized })).sort()).toEqual(["fz-precision", "fz-strait"]);
    expect(await keysOf(fuzhouOfficial, { year: "2025" })).toEqual(["fz-minjiang"]);
  });

  it("by status", async () => {
    expect(await keysOf(fuzhouOfficial, { status: "provincial_review" })).toEqual(["fz-province"]);
    expect(await keysOf(fuzhouOfficial, { status: "approved" })).toEqual([]);
  });

  it("by city, within the province", async () => {
    expect((await keysOf(fujianOfficial, { status: "all", city: XIAMEN })).sort()).toEqual(["xm-city", "xm-ministry", "xm-province"]);
    // Another province's city is outside the jurisdiction: nothing, not its files.
    expect(await keysOf(fujianOfficial, { status: "all", city: TAIYUAN })).toEqual([]);
    expect(await keysOf(ministry, { city: TAIYUAN })).toEqual(["ty-ministry"]);
  });

  it("by score range, bounds included", async () => {
    expect((await keysOf(fuzhouOfficial, { scoreMin: "70" })).sort()).toEqual(["fz-minjiang", "fz-precision"]);
    expect(await keysOf(fuzhouOfficial, { scoreMax: "55" })).toEqual(["fz-strait"]);
    expect((await keysOf(fuzhouOfficial, { scoreMin: "55", scoreMax: "70" })).sort()).toEqual(["fz-minjiang", "fz-strait"]);
    expect((await keysOf(fuzhouOfficial, { scoreMin: "70", scoreMax: "55" })).sort()).toEqual(["fz-minjiang", "fz-strait"]);
  });

  it("by eligibility outcome", async () => {
    expect(await keysOf(fuzhouOfficial, { outcome: "eligible" })).toEqual(["fz-precision"]);
    expect(await keysOf(fuzhouOfficial, { outcome: "not-eligible" })).toEqual(["fz-strait"]);
    expect(await keysOf(fuzhouOfficial, { outcome: "incomplete" })).toEqual(["fz-minjiang"]);
  });

  it("assigned to me: the files assigned to the signed-in official only", async () => {
    expect(await keysOf(fuzhouOfficial, { assigned: "me" })).toEqual(["fz-strait"]);
    expect(await keysOf(fuzhouColleague, { assigned: "me" })).toEqual(["fz-giant"]);
    expect(await keysOf(xiamenOfficial, { assigned: "me" })).toEqual([]);
  });

  it("search finds a part of the Chinese company name anywhere in it", async () => {
    expect(await keysOf(fuzhouOfficial, { q: "海峡" })).toEqual(["fz-strait"]);
    expect(await keysOf(fuzhouOfficial, { q: "小巨人" })).toEqual(["fz-giant"]);
    expect((await keysOf(fuzhouOfficial, { q: "有限公司" })).length).toBe(4);
    // Another city's firm is not found, even by its exact name.
    expect(await keysOf(fuzhouOfficial, { q: "厦门鹭岛光电有限公司", status: "all" })).toEqual([]);
  });

  it("search finds the unified social credit code, whole or in part, in any letter case", async () => {
    const code = creditCodes["fz-precision"]!;
    expect(await keysOf(fuzhouOfficial, { q: code })).toEqual(["fz-precision"]);
    expect(await keysOf(fuzhouOfficial, { q: code.slice(8, 17).toLowerCase() })).toEqual(["fz-precision"]);
  });

  it("search treats % and _ as themselves, not as wildcards", async () => {
    expect(await keysOf(fuzhouOfficial, { q: "%" })).toEqual([]);
    expect(await keysOf(fuzhouOfficial, { q: "福州_信" })).toEqual([]);
    expect(await keysOf(fuzhouOfficial, { q: "\\" })).toEqual([]);
  });

  it("sorts by submission date, oldest first by default", async () => {
    expect(await keysOf(fuzhouOfficial)).toEqual(["fz-minjiang", "fz-precision", "fz-strait", "fz-giant"]);
    expect(await keysOf(fuzhouOfficial, { dir: "desc" })).toEqual(["fz-giant", "fz-strait", "fz-precision", "fz-minjiang"]);
  });

  it("sorts by score, best first by default, files without a score last either way", async () => {
    expect(await keysOf(fuzhouOfficial, { sort: "score" })).toEqual(["fz-precision", "fz-minjiang", "fz-strait", "fz-giant"]);
    expect(await keysOf(fuzhouOfficial, { sort: "score", dir: "asc" })).toEqual(["fz-strait", "fz-minjiang", "fz-precision", "fz-giant"]);
  });

  it("sorts by company name in both directions", async () => {
    const ascending = await listQueue(fuzhouOfficial, filters(fuzhouOfficial, { sort: "name" }));
    const names = ascending.rows.map((r) => r.company.nameZh);
    expect(names).toHaveLength(4);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const descending = await listQueue(fuzhouOfficial, filters(fuzhouOfficial, { sort: "name", dir: "desc" }));
    expect(descending.rows.map((r) => r.company.nameZh)).toEqual([...names].reverse());
  });

  it("bad filter values fall back to defaults instead of failing", async () => {
    const page = await listQueue(
      fuzhouOfficial,
      filters(fuzhouOfficial, {
        status: "draft",
        programme: "not-a-uuid",
        year: "twenty",
        scoreMin: "-5",
        outcome: "maybe",
        sort: "size",
        size: "7",
        page: "0",
      }),
    );
    expect(page.rows.map((r) => r.id).sort()).toEqual([ids["fz-giant"], ids["fz-minjiang"], ids["fz-precision"], ids["fz-strait"]].sort());
    expect(page).toMatchObject({ page: 1, pageSize: 20 });
  });
});

describe("pagination", () => {
  const PAGING_FILES = 45;

  beforeAll(async () => {
    for (let i = 0; i < PAGING_FILES; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      await file(`page-${i}`, XIAMEN, FUJIAN, paging, "innovative", "municipal_review", { submittedAt: `2026-04-${day}T0${i % 10}:00:00Z` });
    }
  });

  it("pages of 20 by default, with the total and the number of pages, never overlapping", async () => {
    const seen = new Set<string>();
    for (const [page, size] of [
      [1, 20],
      [2, 20],
      [3, 5],
    ] as const) {
      const result = await listQueue(xiamenOfficial, filters(xiamenOfficial, { programme: paging, page: String(page) }));
      expect(result).toMatchObject({ total: PAGING_FILES, page, pageSize: 20, pageCount: 3 });
      expect(result.rows).toHaveLength(size);
      for (const row of result.rows) seen.add(row.id);
    }
    expect(seen.size).toBe(PAGING_FILES);
  });

  it("a page size between 20 and 100, and a page past the end shows the last page", async () => {
    expect(await listQueue(xiamenOfficial, filters(xiamenOfficial, { programme: paging, size: "50" }))).toMatchObject({
      total: 45,
      pageCount: 1,
      pageSize: 50,
    });
    const beyond = await listQueue(xiamenOfficial, filters(xiamenOfficial, { programme: paging, page: "9" }));
    expect(beyond).toMatchObject({ page: 3, pageCount: 3 });
    expect(beyond.rows).toHaveLength(5);
  });

  it("the counts include every page", async () => {
    const { counts } = await listQueue(xiamenOfficial, filters(xiamenOfficial));
    expect(counts.municipal_review).toBe(PAGING_FILES + 1);
  });

  it("an empty result has one empty page", async () => {
    expect(await listQueue(xiamenOfficial, filters(xiamenOfficial, { q: "不存在的企业" }))).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [] });
  });
});

describe("filter choices and the staff dashboard", () => {
  it("offers a province's official its cities and programmes, and a city official no city choice", async () => {
    const province = await queueFilterOptions(fujianOfficial);
    expect(province.cities.map((c) => c.code)).toEqual([FUZHOU, XIAMEN]);
    expect(province.programmes.map((p) => p.id)).toEqual(expect.arrayContaining([specialized, innovative2025, littleGiant]));
    expect(province.programmes.map((p) => p.id)).not.toContain(shanxiSpecialized);
    expect(province.years).toEqual([2026, 2025]);
    expect((await queueFilterOptions(fuzhouOfficial)).cities).toEqual([]);
    const national = await queueFilterOptions(ministry);
    expect(national.programmes.map((p) => p.id)).toEqual([littleGiant]);
    expect(national.cities.map((c) => c.code)).toEqual([TAIYUAN, FUZHOU, XIAMEN].sort());
  });

  it("the dashboard counts the jurisdiction's files by status and lists the newest awaiting this level", async () => {
    const dashboard = await staffDashboard(fuzhouOfficial);
    expect(dashboard.awaitingStatus).toBe("municipal_review");
    expect(dashboard.counts).toMatchObject({ municipal_review: 4, provincial_review: 1, ministry_review: 1 });
    expect(dashboard.recent.map((r) => r.id).sort()).toEqual([ids["fz-giant"], ids["fz-minjiang"], ids["fz-precision"], ids["fz-strait"]].sort());
    expect(dashboard.recent.every((r) => r.status === "municipal_review")).toBe(true);

    const national = await staffDashboard(ministry);
    expect(national.recent.map((r) => r.id).sort()).toEqual([ids["fz-ministry"], ids["xm-ministry"], ids["ty-ministry"]].sort());
  });

  it("the dashboard lists at most five files, latest change first", async () => {
    const dashboard = await staffDashboard(xiamenOfficial);
    expect(dashboard.recent).toHaveLength(5);
    expect(dashboard.counts.municipal_review).toBeGreaterThan(5);
  });
});

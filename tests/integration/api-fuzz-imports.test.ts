import fc from "fast-check";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as runImport } from "@/app/admin/imports/run/route";
import type { Actor } from "@/lib/auth/roles";
import { nastyString } from "../unit/support/hostile-inputs";
import { actAs } from "./support/acting-as";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, FUJIAN, seedRegions } from "./support/fixtures";
import { publishedListCsv } from "./support/published-list";
import { rowCounts } from "./support/row-counts";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));

/**
 * POST /admin/imports/run (multipart: a published list and a mode) with hostile files, modes and
 * callers: never a 5xx; a dry run and a refused commit write nothing at all.
 */
let db: FreshDatabase;
let admin: Actor;
let others: Actor[];

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  admin = await createActor(db, "administrator");
  others = [await createActor(db, "provincial", FUJIAN), await createActor(db, "administrator", FUJIAN)];
});
afterAll(async () => db.destroy());

const HEADER = ["企业名称", "统一社会信用代码", "省份", "称号", "批次", "年度", "公告日期"];
// Rows with a hostile value in each column, so the parser and the planner see every kind of junk.
const hostileList = fc
  .array(fc.array(nastyString, { minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 6 })
  .map((rows) => Papa.unparse([HEADER, ...rows]));
const damagedList = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 6 }), nastyString).map(([row, column, value]) => {
  const rows = Papa.parse<string[]>(publishedListCsv({ count: 3, tag: "FA" })).data;
  rows[row + 1]![column] = value;
  return Papa.unparse(rows);
});
const file = fc.oneof(
  hostileList,
  damagedList,
  nastyString,
  fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder().decode(b)),
);
const mode = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("dry-run", "commit") }, { weight: 1, arbitrary: nastyString });
const caller = fc
  .oneof({ weight: 4, arbitrary: fc.constant(-2) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: 1 }) })
  .map((pick): Actor | null => (pick === -2 ? admin : pick === -1 ? null : others[pick]!));

function importRequest(content: string | null, modeValue: string) {
  const form = new FormData();
  if (content !== null) form.set("file", new File([content], "list.csv", { type: "text/csv" }));
  form.set("mode", modeValue);
  return new Request("http://localhost/admin/imports/run", { method: "POST", body: form });
}

describe("POST /admin/imports/run on random input", () => {
  it("answers with JSON and a documented status; dry runs and refusals write nothing", async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(caller, file, mode, async (who, content, modeValue) => {
        actAs(who);
        const counts = await rowCounts(db);
        const response = await runImport(importRequest(content, modeValue));
        statuses.add(response.status);
        expect([200, 400, 401, 403]).toContain(response.status);
        const answer = (await response.json()) as { ok: boolean; message?: { zh: string; en: string } };
        if (answer.ok && modeValue === "commit") return;
        if (!answer.ok) expect(answer.message!.en.length).toBeGreaterThan(0);
        expect(await rowCounts(db)).toEqual(counts);
      }),
      { numRuns: 60 },
    );
    expect([...statuses]).toEqual(expect.arrayContaining([200, 400]));
  });

  it("refuses a list holding a NUL character, which the database cannot store, and commits nothing", async () => {
    actAs(admin);
    const counts = await rowCounts(db);
    const csv = publishedListCsv({ count: 2, tag: "FB", names: (i) => (i === 0 ? "福州\u0000测试有限公司" : `福州测试${i}号有限公司`) });
    const response = await runImport(importRequest(csv, "commit"));
    expect(response.status).toBe(400);
    expect(await rowCounts(db)).toEqual(counts);
  });

  it("answers 400 to a form without a file and to a body that is not a form", async () => {
    actAs(admin);
    expect((await runImport(importRequest(null, "commit"))).status).toBe(400);
    expect((await runImport(new Request("http://localhost/x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }))).status).toBe(
      400,
    );
  });
});

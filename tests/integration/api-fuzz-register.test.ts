import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRegister } from "@/app/api/v1/register/export/route";
import { GET as searchRegister } from "@/app/api/v1/register/route";
import type { Actor } from "@/lib/auth/roles";
import { importPublishedList } from "@/lib/services/imports/import-published-list";
import { nastyString } from "../unit/support/hostile-inputs";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, seedRegions } from "./support/fixtures";
import { publishedListCsv } from "./support/published-list";
import { rowCounts } from "./support/row-counts";

/**
 * GET /api/v1/register and its export with random search parameters — real names with hostile
 * values, and made-up names — answer 200 with results or 400 naming the parameters, never a 5xx;
 * a search writes nothing, and an injection-shaped query is matched as text.
 */
let db: FreshDatabase;
let admin: Actor;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  admin = await createActor(db, "administrator");
  await importPublishedList(admin, publishedListCsv({ count: 12, tag: "FJB", names: (i) => `福州模糊测试${i}号有限公司` }), { dryRun: false });
});
afterAll(async () => db.destroy());

const KEYS = ["q", "tier", "province", "city", "industry", "batch", "year", "status", "sort", "dir", "page", "pageSize"];
const GOOD: Record<string, string[]> = {
  q: ["福州", "模糊测试1"],
  tier: ["innovative", "specialized", "little_giant"],
  province: ["350000"],
  city: ["350100"],
  industry: ["C", "C34"],
  year: ["2024", "2025"],
  status: ["active", "expired"],
  sort: ["name", "validUntil", "province"],
  dir: ["asc", "desc"],
  page: ["1", "2"],
  pageSize: ["20", "100"],
};
const value = (key: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...(GOOD[key] ?? [""])) },
    { weight: 1, arbitrary: nastyString },
    { weight: 1, arbitrary: fc.constantFrom("-1", "0", "1e9", "99999999999999999999", "1.5", " ", "%", "_", "\\") },
  );
const params = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...KEYS).chain((k) => value(k).map((v) => [k, v] as const)) },
      { weight: 1, arbitrary: fc.tuple(nastyString, nastyString) },
    ),
    { maxLength: 6 },
  )
  .map((pairs) => {
    const search = new URLSearchParams();
    for (const [k, v] of pairs) search.append(k, v);
    return search;
  });

function get(path: string, search: URLSearchParams) {
  return new Request(`http://localhost${path}?${search.toString()}`, { headers: { "accept-language": "en" } });
}

async function expectRefusal(response: Response) {
  const { error } = (await response.json()) as { error: { code: string; message: { zh: string; en: string }; fields: Record<string, string[]> } };
  expect(error.code).toBe("invalid-query");
  expect(error.message.en.length).toBeGreaterThan(0);
  expect(Object.keys(error.fields).length).toBeGreaterThan(0);
}

describe("GET /api/v1/register on random search parameters", () => {
  it("answers results or a 400 naming the parameters, and writes nothing", async () => {
    const before = await rowCounts(db);
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(params, async (search) => {
        const response = await searchRegister(get("/api/v1/register", search));
        statuses.add(response.status);
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) return expectRefusal(response);
        const page = (await response.json()) as { rows: unknown[]; total: number };
        expect(Array.isArray(page.rows)).toBe(true);
        expect(page.total).toBeGreaterThanOrEqual(page.rows.length);
      }),
      { numRuns: 120 },
    );
    expect([...statuses].sort()).toEqual([200, 400]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it("matches an injection-shaped or wildcard query as text: nothing is found and nothing breaks", async () => {
    for (const q of ["' OR '1'='1", "%", "_", "%' OR 1=1 --", "\\", "'; DROP TABLE company; --"]) {
      const response = await searchRegister(get("/api/v1/register", new URLSearchParams({ q })));
      expect(response.status, q).toBe(200);
      expect(((await response.json()) as { total: number }).total, q).toBe(0);
    }
    expect(await db.prisma.company.count()).toBeGreaterThan(0);
  });
});

describe("GET /api/v1/register/export on random search parameters", () => {
  it("streams a whole file or answers 400, and writes nothing", async () => {
    const before = await rowCounts(db);
    await fc.assert(
      fc.asyncProperty(params, fc.constantFrom("csv", "xlsx", "pdf", "", "../../etc/passwd"), async (search, format) => {
        search.set("format", format);
        const response = await exportRegister(get("/api/v1/register/export", search));
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) return expectRefusal(response);
        // The whole stream is read: an error half-way would be a broken download, not a 200.
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect(bytes.byteLength).toBeGreaterThan(0);
        expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="register-\d{4}-\d{2}-\d{2}\.(csv|xlsx)"$/);
      }),
      { numRuns: 25 },
    );
    expect(await rowCounts(db)).toEqual(before);
  });
});

import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as lodgeObjection } from "@/app/notices/[batchId]/objections/route";
import { memoryCounter } from "@/lib/auth/rate-limit";
import { CLIENT_ADDRESS_FROM_SERVER_ENV, CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { useObjectionCounter } from "@/lib/services/batches/objection-rate-limit";
import { useFileStorage } from "@/lib/storage";
import { localDiskStorage } from "@/lib/storage/local-disk-storage";
import { nastyString } from "../unit/support/hostile-inputs";
import { objectionForm, PDF_BYTES } from "./support/batch-fixtures";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";
import { rowCounts } from "./support/row-counts";

/**
 * The public objection form (POST /notices/{batch}/objections, no sign-in) with random fields,
 * evidence and client addresses: never a 5xx; a refusal is JSON with a message in both languages
 * and leaves every table and the upload folder as they were.
 */
let db: FreshDatabase;
let folder: string;
let batchId: string;
let entryId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  folder = mkdtempSync(path.join(tmpdir(), "sme-fuzz-objections-"));
  useFileStorage(localDiskStorage(folder));
  useObjectionCounter(memoryCounter());
  // As behind server.ts, which writes the socket's address into this header.
  process.env[CLIENT_ADDRESS_FROM_SERVER_ENV] = "1";
  const programme = await createProgramme(db, "specialized");
  const company = await createCompany(db, FUZHOU, FUJIAN);
  // On notice from two days ago to five days ahead, whatever day the suite runs.
  const day = 24 * 60 * 60 * 1000;
  const batch = await db.prisma.batch.create({
    data: {
      programmeId: programme.id,
      tier: "specialized",
      year: 2026,
      authorityCode: FUJIAN,
      ordinal: 1,
      titleZh: "模糊测试批次",
      titleEn: "Fuzz batch",
      status: "notice",
      noticeStart: new Date(Date.now() - 2 * day),
      noticeEnd: new Date(Date.now() + 5 * day),
    },
  });
  batchId = batch.id;
  entryId = (await db.prisma.batchEntry.create({ data: { batchId, companyId: company.id } })).id;
});
afterAll(async () => {
  delete process.env[CLIENT_ADDRESS_FROM_SERVER_ENV];
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
});

const FIELDS = ["batchId", "entryId", "objectorName", "objectorContact", "reason", "formToken", "challengeAnswer", "website"] as const;
const overrides = fc.dictionary(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FIELDS) }, { weight: 1, arbitrary: nastyString }), nastyString, {
  maxKeys: 3,
});
const evidence = fc.array(
  fc.record({
    name: nastyString,
    bytes: fc.oneof({ weight: 2, arbitrary: fc.constant(PDF_BYTES) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 32 }) }),
  }),
  { maxLength: 6 },
);
const pathBatch = fc.oneof({ weight: 4, arbitrary: fc.constant<string | null>(null) }, { weight: 1, arbitrary: nastyString });
let address = 0;

function objectionRequest(batch: string, fields: Record<string, string>, files: { name: string; bytes: Uint8Array }[]) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files) form.append("evidence", new File([new Uint8Array(file.bytes)], file.name));
  // A new address each time keeps the hourly limit out of the way; it has its own test.
  address += 1;
  return lodgeObjection(
    new Request("http://localhost/notices/x/objections", {
      method: "POST",
      body: form,
      headers: { [CLIENT_ADDRESS_HEADER]: `10.1.${address >> 8}.${address & 255}` },
    }),
    {
      params: Promise.resolve({ batchId: batch }),
    },
  );
}

describe("POST /notices/{batch}/objections on random input", () => {
  it("answers 201 or a JSON refusal, and a refusal writes no row and no file", async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(pathBatch, overrides, evidence, async (batch, changes, files) => {
        const [counts, stored] = [await rowCounts(db), readdirSync(folder).length];
        const response = await objectionRequest(batch ?? batchId, { ...objectionForm(batchId, entryId, new Date()), ...changes }, files);
        statuses.add(response.status);
        expect([201, 400, 404, 409]).toContain(response.status);
        const answer = (await response.json()) as { ok: boolean; message?: { zh: string; en: string } };
        if (response.status === 201) return;
        expect(answer.ok).toBe(false);
        expect(answer.message!.zh.length).toBeGreaterThan(0);
        expect(answer.message!.en.length).toBeGreaterThan(0);
        expect(await rowCounts(db)).toEqual(counts);
        expect(readdirSync(folder).length).toBe(stored);
      }),
      { numRuns: 100 },
    );
    expect([...statuses]).toEqual(expect.arrayContaining([201, 400]));
  });

  it("answers 400 to a NUL in a field or a file name, which the database cannot store", async () => {
    const counts = await rowCounts(db);
    const cases: [Record<string, string>, string][] = [
      [{ objectorName: "王\u0000建华" }, "证明.pdf"],
      [{ reason: "该企业数据与公布数据明显不符\u0000。" }, "证明.pdf"],
      [{}, "a\u0000b.pdf"],
    ];
    for (const [changes, name] of cases) {
      const response = await objectionRequest(batchId, { ...objectionForm(batchId, entryId, new Date()), ...changes }, [{ name, bytes: PDF_BYTES }]);
      expect(response.status).toBe(400);
    }
    expect(await rowCounts(db)).toEqual(counts);
  });

  it("answers 400 to a body that is not a form, and 413 to one declared too large", async () => {
    const counts = await rowCounts(db);
    const notForm = await lodgeObjection(
      new Request("http://localhost/x", { method: "POST", body: '{"reason":1}', headers: { "content-type": "application/json" } }),
      { params: Promise.resolve({ batchId }) },
    );
    expect(notForm.status).toBe(400);
    const huge = await lodgeObjection(
      new Request("http://localhost/x", { method: "POST", body: "x", headers: { "content-length": String(500 * 1024 * 1024) } }),
      { params: Promise.resolve({ batchId }) },
    );
    expect(huge.status).toBe(413);
    expect(await rowCounts(db)).toEqual(counts);
  });

  it("answers 429 once one address has objected too often, and writes nothing for it", async () => {
    const send = () => {
      const form = new FormData();
      for (const [key, value] of Object.entries(objectionForm(batchId, entryId, new Date()))) form.append(key, value);
      form.append("evidence", new File([PDF_BYTES], "证明.pdf"));
      return lodgeObjection(new Request("http://localhost/x", { method: "POST", body: form, headers: { "x-forwarded-for": "' OR 1=1 --" } }), {
        params: Promise.resolve({ batchId }),
      });
    };
    for (let i = 0; i < 5; i++) expect((await send()).status).toBe(201);
    const counts = await rowCounts(db);
    expect((await send()).status).toBe(429);
    expect(await rowCounts(db)).toEqual(counts);
  });
});

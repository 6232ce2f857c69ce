import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as lodgeObjection } from "@/app/notices/[batchId]/objections/route";
import { memoryCounter } from "@/lib/auth/rate-limit";
import { CLIENT_ADDRESS_FROM_SERVER_ENV, CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { useObjectionCounter } from "@/lib/services/batches/objection-rate-limit";
import { useFileStorage } from "@/lib/storage";
import { localDiskStorage } from "@/lib/storage/local-disk-storage";
import { objectionForm, PDF_BYTES } from "./support/batch-fixtures";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

/**
 * The objection route's hourly limit keys on the address server.ts took from the socket: headers
 * a client writes (X-Forwarded-For, X-Real-IP) give it no fresh identity (issue 16).
 */
let db: FreshDatabase;
let folder: string;
let batchId: string;
let entryId: string;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  folder = mkdtempSync(path.join(tmpdir(), "sme-objection-address-"));
  useFileStorage(localDiskStorage(folder));
  useObjectionCounter(memoryCounter());
  process.env[CLIENT_ADDRESS_FROM_SERVER_ENV] = "1";
  const programme = await createProgramme(db, "specialized");
  const company = await createCompany(db, FUZHOU, FUJIAN);
  const day = 24 * 60 * 60 * 1000;
  const batch = await db.prisma.batch.create({
    data: {
      programmeId: programme.id,
      tier: "specialized",
      year: 2026,
      authorityCode: FUJIAN,
      ordinal: 1,
      titleZh: "地址测试批次",
      titleEn: "Address batch",
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

function send(headers: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(objectionForm(batchId, entryId, new Date()))) form.append(key, value);
  form.append("evidence", new File([PDF_BYTES], "证明.pdf"));
  return lodgeObjection(new Request("http://localhost/x", { method: "POST", body: form, headers }), { params: Promise.resolve({ batchId }) });
}

describe("the objection limit and spoofed forwarding headers", () => {
  it("a client sending a new X-Forwarded-For and X-Real-IP each time is still limited after five", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      statuses.push((await send({ [CLIENT_ADDRESS_HEADER]: "203.0.113.50", "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `192.0.2.${i}` })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await send({ [CLIENT_ADDRESS_HEADER]: "203.0.113.51" })).status).toBe(201);
  });
});

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
 * The objection form's anti-spam token is single-use and bound to the notice it was served for:
 * a replayed form and a form carried over to another batch are refused with a clear message, and
 * neither writes anything.
 */
let db: FreshDatabase;
let folder: string;
const notices: { batchId: string; entryId: string }[] = [];

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  folder = mkdtempSync(path.join(tmpdir(), "sme-form-token-"));
  useFileStorage(localDiskStorage(folder));
  useObjectionCounter(memoryCounter());
  // As behind server.ts, which writes the socket's address into this header.
  process.env[CLIENT_ADDRESS_FROM_SERVER_ENV] = "1";
  const programme = await createProgramme(db, "specialized");
  const day = 24 * 60 * 60 * 1000;
  for (const ordinal of [1, 2]) {
    const company = await createCompany(db, FUZHOU, FUJIAN);
    const batch = await db.prisma.batch.create({
      data: {
        programmeId: programme.id,
        tier: "specialized",
        year: 2026,
        authorityCode: FUJIAN,
        ordinal,
        titleZh: `令牌测试批次${ordinal}`,
        titleEn: `Token batch ${ordinal}`,
        status: "notice",
        noticeStart: new Date(Date.now() - 2 * day),
        noticeEnd: new Date(Date.now() + 5 * day),
      },
    });
    notices.push({ batchId: batch.id, entryId: (await db.prisma.batchEntry.create({ data: { batchId: batch.id, companyId: company.id } })).id });
  }
});
afterAll(async () => {
  delete process.env[CLIENT_ADDRESS_FROM_SERVER_ENV];
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
});

let address = 0;
function send(batchId: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append("evidence", new File([PDF_BYTES], "证明.pdf"));
  address += 1;
  return lodgeObjection(
    new Request(`http://localhost/notices/${batchId}/objections`, { method: "POST", body: form, headers: { [CLIENT_ADDRESS_HEADER]: `10.7.0.${address}` } }),
    {
      params: Promise.resolve({ batchId }),
    },
  );
}
const stored = async () => ({
  objections: await db.prisma.objection.count(),
  documents: await db.prisma.document.count(),
  spent: await db.prisma.usedFormToken.count(),
});

describe("the objection form's token", () => {
  it("lodges one objection; the same form sent again is refused as already sent, and nothing more is written", async () => {
    const { batchId, entryId } = notices[0]!;
    const form = objectionForm(batchId, entryId, new Date());
    const first = await send(batchId, form);
    expect(first.status).toBe(201);
    const before = await stored();
    expect(before.spent).toBeGreaterThanOrEqual(1);
    const again = await send(batchId, { ...form, reason: "再次提交同一份表单，换了一段理由文字。" });
    expect(again.status).toBe(409);
    const body = (await again.json()) as { ok: boolean; message: { zh: string; en: string } };
    expect(body.ok).toBe(false);
    expect(body.message.zh).toContain("此表单已提交过");
    expect(body.message.en).toContain("This form has already been sent");
    expect(await stored()).toEqual(before);
  });

  it("two submissions of one form at the same moment lodge one objection", async () => {
    const { batchId, entryId } = notices[0]!;
    const form = objectionForm(batchId, entryId, new Date());
    const before = await db.prisma.objection.count();
    const statuses = (await Promise.all([send(batchId, form), send(batchId, form)])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    expect(await db.prisma.objection.count()).toBe(before + 1);
  });

  it("a form served for batch A is refused on batch B, and nothing is written", async () => {
    const [a, b] = notices;
    const formForA = objectionForm(a!.batchId, a!.entryId, new Date());
    const before = await stored();
    const response = await send(b!.batchId, { ...formForA, entryId: b!.entryId });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: { zh: string; en: string } };
    expect(body.message.en).toContain("served for another notice");
    expect(body.message.zh).toContain("不是为该公示发放的");
    expect(await stored()).toEqual(before);
    // The same form is still good where it was served.
    expect((await send(a!.batchId, formForA)).status).toBe(201);
  });

  it("does not carry the answer to its sum in readable form", () => {
    const { batchId, entryId } = notices[0]!;
    for (let i = 0; i < 20; i++) {
      const form = objectionForm(batchId, entryId, new Date());
      const payload = JSON.parse(Buffer.from(form.formToken.split(".")[0]!, "base64url").toString("utf8")) as Record<string, unknown>;
      const numbers = Object.values(payload).filter((v) => typeof v === "number" && v < 1000);
      expect(numbers, JSON.stringify(payload)).not.toContain(Number(form.challengeAnswer));
      expect(Object.keys(payload)).not.toEqual(expect.arrayContaining(["a", "b"]));
    }
  });
});

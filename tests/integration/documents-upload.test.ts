import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { readDocument } from "@/lib/services/documents/read-document";
import { removeDocument } from "@/lib/services/documents/remove-document";
import { uploadDocument } from "@/lib/services/documents/upload-document";
import { localDiskStorage } from "@/lib/storage/local-disk-storage";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/sniff-file-type";
import { useFileStorage } from "@/lib/storage";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, XIAMEN, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
let folder: string;
const storage = () => localDiskStorage(folder);

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const HTML = new TextEncoder().encode("<!DOCTYPE html><script>alert(document.cookie)</script>");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  folder = mkdtempSync(path.join(tmpdir(), "sme-documents-test-"));
  useFileStorage(storage());
});
afterAll(async () => {
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
});

async function draft(status: "draft" | "municipal_review" | "returned" = "draft", city = FUZHOU) {
  const company = await createCompany(db, city, FUJIAN);
  const actor = await createActor(db, "company", null, company.id);
  const programme = await createProgramme(db, "innovative");
  const application = await createApplication(db, {
    companyId: company.id,
    programmeId: programme.id,
    tier: "innovative",
    status,
    cityCode: city,
    provinceCode: FUJIAN,
  });
  return { actor, applicationId: application.id };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const upload = (actor: Actor, applicationId: string, name: string, bytes: Uint8Array, section: "documents" | "financials" | "market" = "documents") =>
  uploadDocument(actor, { applicationId, section }, { name, bytes }, storage());

describe("uploading evidence", () => {
  it("stores a PDF under a generated name with its sha256, and gives the same bytes back", async () => {
    const { actor, applicationId } = await draft();
    const stored = await upload(actor, applicationId, "../../营业执照.pdf", PDF);
    expect(stored).toMatchObject({
      mimeType: "application/pdf",
      size: PDF.byteLength,
      fileName: "营业执照.pdf",
      sha256: createHash("sha256").update(PDF).digest("hex"),
    });
    const row = await db.prisma.document.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.storageKey).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    const read = await readDocument(actor, stored.id, storage());
    expect(new Uint8Array(read.bytes)).toEqual(PDF);
    expect(read.mimeType).toBe("application/pdf");
  });

  it("decides the type from the content: a PNG named .pdf is stored as an image", async () => {
    const { actor, applicationId } = await draft();
    const stored = await upload(actor, applicationId, "scan.pdf", PNG);
    expect(stored).toMatchObject({ mimeType: "image/png", fileName: "scan.png" });
  });

  it("refuses a renamed executable and an HTML page, whatever their names, and stores nothing", async () => {
    const { actor, applicationId } = await draft();
    for (const [name, bytes] of [
      ["report.pdf", EXE],
      ["photo.png", HTML],
    ] as const) {
      const error = await refusal(upload(actor, applicationId, name, bytes));
      expect(error.status).toBe(400);
      expect(error.details).toEqual({ field: "file", reason: "type" });
    }
    expect(await db.prisma.document.count({ where: { applicationId } })).toBe(0);
  });

  it("refuses a file over 10 MB", async () => {
    const { actor, applicationId } = await draft();
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(PDF);
    const error = await refusal(upload(actor, applicationId, "big.pdf", big));
    expect(error.details).toEqual({ field: "file", reason: "too-large" });
    const atLimit = new Uint8Array(MAX_UPLOAD_BYTES);
    atLimit.set(PDF);
    await expect(upload(actor, applicationId, "limit.pdf", atLimit)).resolves.toHaveProperty("size", MAX_UPLOAD_BYTES);
  });

  it("once submitted, evidence can no longer be added or removed", async () => {
    const { actor, applicationId } = await draft();
    const stored = await upload(actor, applicationId, "a.pdf", PDF);
    await db.prisma.application.update({ where: { id: applicationId }, data: { status: "municipal_review" } });
    expect((await refusal(upload(actor, applicationId, "b.pdf", PDF))).status).toBe(409);
    expect((await refusal(removeDocument(actor, { documentId: stored.id }))).status).toBe(409);
  });

  it("after a return, only the reopened sections take new evidence", async () => {
    const { actor, applicationId } = await draft("returned");
    await db.prisma.application.update({ where: { id: applicationId }, data: { reopenSections: ["financials"], returnedByLevel: "municipal" } });
    await expect(upload(actor, applicationId, "audit.pdf", PDF, "financials")).resolves.toHaveProperty("section", "financials");
    expect((await refusal(upload(actor, applicationId, "market.pdf", PDF, "market"))).status).toBe(409);
  });
});

describe("who may read a file", () => {
  it("another company gets 404 for the file and cannot upload into the application", async () => {
    const { actor, applicationId } = await draft();
    const stored = await upload(actor, applicationId, "a.pdf", PDF);
    const other = await draft();
    expect((await refusal(readDocument(other.actor, stored.id, storage()))).status).toBe(404);
    expect((await refusal(upload(other.actor, applicationId, "x.pdf", PDF))).status).toBe(404);
    expect((await refusal(removeDocument(other.actor, { documentId: stored.id }))).status).toBe(404);
  });

  it("officials of the firm's city read it once submitted; a draft's files and another city's are hidden", async () => {
    const { actor, applicationId } = await draft();
    const stored = await upload(actor, applicationId, "a.pdf", PDF);
    const fuzhou = await createActor(db, "municipal", FUZHOU);
    const xiamen = await createActor(db, "municipal", XIAMEN);
    const fujian = await createActor(db, "provincial", FUJIAN);
    expect((await refusal(readDocument(fuzhou, stored.id, storage()))).status).toBe(404);
    await db.prisma.application.update({ where: { id: applicationId }, data: { status: "municipal_review" } });
    await expect(readDocument(fuzhou, stored.id, storage())).resolves.toHaveProperty("mimeType", "application/pdf");
    await expect(readDocument(fujian, stored.id, storage())).resolves.toHaveProperty("mimeType", "application/pdf");
    expect((await refusal(readDocument(xiamen, stored.id, storage()))).status).toBe(404);
  });

  it("a removed file is gone for everyone, the company included", async () => {
    const { actor, applicationId } = await draft();
    const stored = await upload(actor, applicationId, "a.pdf", PDF);
    await removeDocument(actor, { documentId: stored.id });
    expect((await refusal(readDocument(actor, stored.id, storage()))).status).toBe(404);
    expect(await db.prisma.auditLog.count({ where: { action: "document.remove", entityId: applicationId } })).toBe(1);
  });
});

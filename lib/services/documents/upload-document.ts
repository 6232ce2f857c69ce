import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { APPLICATION_SECTIONS, SECTION_LABELS } from "@/lib/application/sections";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { MAX_UPLOAD_BYTES, sniffFileType } from "@/lib/storage/sniff-file-type";
import { loadApplicationInScope } from "../applications/application-scope";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { displayFileName, documentsEditable, MAX_DOCUMENTS_PER_APPLICATION } from "@/lib/domain/documents/document-rules";

export const uploadDocumentSchema = z.object({
  applicationId: z.string().uuid(),
  section: z.enum(APPLICATION_SECTIONS),
});

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface StoredDocument {
  id: string;
  section: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

const invalidFile = (zh: string, en: string, reason: string) => new DomainError("invalid", { zh, en }, { field: "file", reason });

/** The checks every uploaded piece of evidence passes: not empty, at most 10 MB, a PDF or an image by its content. */
export function checkUploadedFile(file: UploadedFile) {
  if (file.bytes.byteLength === 0) throw invalidFile("文件为空。", "The file is empty.", "empty");
  if (file.bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw invalidFile("文件超过10 MB上限。", "The file is larger than the 10 MB limit.", "too-large");
  }
  const type = sniffFileType(file.bytes);
  if (!type) {
    throw invalidFile("只能上传PDF或图片（PNG、JPEG、WebP）文件。", "Only PDF files and images (PNG, JPEG, WebP) can be uploaded.", "type");
  }
  return type;
}

/** The columns of a document row that come from the stored file itself. */
export interface StoredFile {
  fileName: string;
  storageKey: string;
  mimeType: string;
  size: number;
  sha256: string;
}

const DOCUMENT_FIELDS = { id: true, section: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true } as const;

/**
 * Writes a checked file's bytes under a generated key, then runs `record` — the document row and
 * its audit entry — in one transaction; if that fails the bytes are removed again, so no file is
 * kept that no row names.
 */
export async function storeThenRecord(
  file: UploadedFile,
  type: NonNullable<ReturnType<typeof sniffFileType>>,
  storage: FileStorage,
  record: (tx: Tx, stored: StoredFile, select: typeof DOCUMENT_FIELDS) => Promise<StoredDocument>,
): Promise<StoredDocument> {
  const storageKey = `${randomUUID()}.${type.extension}`;
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  await storage.put(storageKey, file.bytes);
  try {
    const db = await prisma();
    const stored = { fileName: displayFileName(file.name, type.extension), storageKey, mimeType: type.mimeType, size: file.bytes.byteLength, sha256 };
    return await db.$transaction((tx) => record(tx, stored, DOCUMENT_FIELDS));
  } catch (error) {
    await storage.remove(storageKey).catch(() => undefined);
    throw error;
  }
}

/**
 * Stores one piece of evidence for a section of the company's own application. The type comes
 * from the file's content (PDF, PNG, JPEG, WebP); the bytes are written under a generated key
 * first and the row after, and a failed insert removes the file again.
 */
export async function uploadDocument(
  actor: Actor,
  input: z.infer<typeof uploadDocumentSchema>,
  file: UploadedFile,
  storage: FileStorage = fileStorage(),
): Promise<StoredDocument> {
  requireOwnCompany(actor, "application:edit");
  const type = checkUploadedFile(file);

  const db = await prisma();
  // Check before writing any bytes, and again inside the transaction that records the file.
  const check = async (tx: Tx) => {
    const application = await loadApplicationInScope(tx, actor, input.applicationId, "application:edit");
    if (!documentsEditable(application.status, application.reopenSections, input.section)) {
      throw new DomainError("conflict", {
        zh: `“${SECTION_LABELS[input.section].zh}”部分当前不能修改材料。`,
        en: `Evidence for "${SECTION_LABELS[input.section].en}" cannot be changed now.`,
      });
    }
    const count = await tx.document.count({ where: { applicationId: application.id, deletedAt: null } });
    if (count >= MAX_DOCUMENTS_PER_APPLICATION) {
      throw invalidFile(
        `每份申报最多上传${MAX_DOCUMENTS_PER_APPLICATION}个文件。`,
        `An application holds at most ${MAX_DOCUMENTS_PER_APPLICATION} files.`,
        "count",
      );
    }
    return application;
  };
  await db.$transaction(check);

  return storeThenRecord(file, type, storage, async (tx, stored, select) => {
    const application = await check(tx);
    const document = await tx.document.create({
      data: { applicationId: application.id, section: input.section, uploadedById: actor.id, ...stored },
      select,
    });
    await appendAudit(tx, actor, {
      action: "document.upload",
      entityType: "application",
      entityId: application.id,
      data: { documentId: document.id, section: input.section, sha256: stored.sha256, size: document.size },
    });
    return document;
  });
}

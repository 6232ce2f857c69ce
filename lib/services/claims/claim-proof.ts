import "server-only";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { appendAudit } from "../audit/append-audit";
import { checkUploadedFile, storeThenRecord, type StoredDocument, type UploadedFile } from "../documents/upload-document";

/** The section every claim's proof is filed under. */
export const CLAIM_PROOF_SECTION = "company-claim";

/** How long an uploaded proof waits for its claim; an older loose one is refused (and never read). */
export const CLAIM_PROOF_HOURS = 24;

/**
 * Stores the proof a claimant uploads before they have an account: a business licence or an
 * authorisation letter, with the same checks and storage as every piece of evidence
 * (checkUploadedFile: PDF or image by content, at most 10 MB). It belongs to nobody until the
 * claim that names it is recorded; its id, returned only to the uploader, is what attaches it,
 * and nobody can read it until then (only the officials who decide the claim ever do).
 */
export async function storeClaimProof(file: UploadedFile, storage: FileStorage = fileStorage()): Promise<StoredDocument> {
  const type = checkUploadedFile(file);
  return storeThenRecord(file, type, storage, async (tx, stored, select) => {
    const document = await tx.document.create({ data: { section: CLAIM_PROOF_SECTION, uploadedById: null, ...stored }, select });
    await appendAudit(tx, null, {
      action: "document.upload",
      entityType: "document",
      entityId: document.id,
      data: { section: CLAIM_PROOF_SECTION, sha256: stored.sha256, size: document.size },
    });
    return document;
  });
}

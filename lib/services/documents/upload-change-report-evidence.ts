import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { appendAudit } from "../audit/append-audit";
import { checkUploadedFile, storeThenRecord, type StoredDocument, type UploadedFile } from "./upload-document";

/** The section every change report's evidence is filed under. */
export const CHANGE_REPORT_SECTION = "change-report";

/**
 * Stores one piece of evidence for a change report the firm is about to submit: the same checks
 * and storage as an application's evidence (checkUploadedFile). The file belongs to no report
 * yet; submitting the report attaches it (only the firm's own users' loose files can be), and
 * until then only its uploader may read it.
 */
export async function uploadChangeReportEvidence(actor: Actor, file: UploadedFile, storage: FileStorage = fileStorage()): Promise<StoredDocument> {
  const companyId = requireOwnCompany(actor, "change-report:submit");
  const type = checkUploadedFile(file);
  return storeThenRecord(file, type, storage, async (tx, stored, select) => {
    const document = await tx.document.create({ data: { section: CHANGE_REPORT_SECTION, uploadedById: actor.id, ...stored }, select });
    await appendAudit(tx, actor, {
      action: "document.upload",
      entityType: "company",
      entityId: companyId,
      data: { documentId: document.id, section: CHANGE_REPORT_SECTION, sha256: stored.sha256, size: document.size },
    });
    return document;
  });
}

import { hasPermission, may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/domain-error";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { loadApplicationInScope } from "../applications/application-scope";
import { loadChangeReportInScope } from "../change-reports/decide-change-report";
import { CHANGE_REPORT_SECTION } from "./upload-change-report-evidence";

const DOCUMENT_WORD = { zh: "文件", en: "document" };

export interface DocumentContent {
  fileName: string;
  mimeType: string;
  sha256: string;
  bytes: Buffer;
}

/**
 * A stored file for someone who may read its application: the company its own, officials in
 * their jurisdiction once submitted (a draft is the company's alone), experts their assigned
 * files. Everyone else — and every removed file — gets "not found", so ids cannot be probed.
 */
export async function readDocument(actor: Actor, documentId: string, storage: FileStorage = fileStorage()): Promise<DocumentContent> {
  const db = await prisma();
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      applicationId: true,
      changeReportId: true,
      section: true,
      uploadedById: true,
      fileName: true,
      mimeType: true,
      sha256: true,
      storageKey: true,
      deletedAt: true,
    },
  });
  if (!document || document.deletedAt) throw notFound(DOCUMENT_WORD);
  if (!document.applicationId) {
    await mayReadChangeReportEvidence(actor, document).catch(() => {
      throw notFound(DOCUMENT_WORD);
    });
    const bytes = await storage.get(document.storageKey);
    if (!bytes) throw notFound(DOCUMENT_WORD);
    return { fileName: document.fileName, mimeType: document.mimeType, sha256: document.sha256, bytes };
  }
  const applicationId = document.applicationId;

  if (hasPermission(actor, "expert-review:submit")) {
    const assignment = await db.expertAssignment.findUnique({ where: { applicationId_expertId: { applicationId, expertId: actor.id } }, select: { id: true } });
    if (!assignment) throw notFound(DOCUMENT_WORD);
  } else {
    const application = await loadApplicationInScope(db, actor, applicationId, "application:read").catch(() => {
      throw notFound(DOCUMENT_WORD);
    });
    // A draft is its firm's alone until submitted.
    if (application.status === "draft" && !may(actor, "application:edit", application)) throw notFound(DOCUMENT_WORD);
  }
  const bytes = await storage.get(document.storageKey);
  if (!bytes) throw notFound(DOCUMENT_WORD);
  return { fileName: document.fileName, mimeType: document.mimeType, sha256: document.sha256, bytes };
}

/**
 * A change report's evidence: the firm and the officials who may decide the report; a file not
 * yet attached to a report, only the person who uploaded it. Anything else throws.
 */
async function mayReadChangeReportEvidence(actor: Actor, document: { changeReportId: string | null; section: string; uploadedById: string | null }) {
  if (document.section !== CHANGE_REPORT_SECTION) throw notFound(DOCUMENT_WORD);
  if (!document.changeReportId) {
    if (document.uploadedById !== actor.id) throw notFound(DOCUMENT_WORD);
    return;
  }
  const permission = hasPermission(actor, "change-report:decide") ? "change-report:decide" : "change-report:submit";
  await loadChangeReportInScope(await prisma(), actor, document.changeReportId, permission);
}

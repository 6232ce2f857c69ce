import { z } from "zod";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import type { ApplicationSection } from "@/lib/application/sections";
import { prisma } from "@/lib/db/client";
import { DomainError, notFound } from "@/lib/errors/domain-error";
import { loadApplicationInScope } from "../applications/application-scope";
import { appendAudit } from "../audit/append-audit";
import { documentsEditable } from "@/lib/domain/documents/document-rules";
import { wallClock } from "@/lib/calendar/today";

export const removeDocumentSchema = z.object({ documentId: z.string().uuid() });

const DOCUMENT_WORD = { zh: "文件", en: "document" };

/**
 * Removes a piece of evidence while the company may still change that section. The row is kept
 * (marked deleted) because a submitted file's history must stay auditable; the bytes stay too.
 */
export async function removeDocument(actor: Actor, input: z.infer<typeof removeDocumentSchema>): Promise<{ id: string }> {
  requireOwnCompany(actor, "application:edit");
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const document = await tx.document.findUnique({
      where: { id: input.documentId },
      select: { id: true, applicationId: true, section: true, deletedAt: true },
    });
    if (!document?.applicationId || document.deletedAt) throw notFound(DOCUMENT_WORD);
    const application = await loadApplicationInScope(tx, actor, document.applicationId, "application:edit").catch(() => {
      throw notFound(DOCUMENT_WORD);
    });
    if (!documentsEditable(application.status, application.reopenSections, document.section as ApplicationSection)) {
      throw new DomainError("conflict", { zh: "该文件当前不能删除。", en: "This file cannot be removed now." });
    }
    const removed = await tx.document.updateMany({ where: { id: document.id, deletedAt: null }, data: { deletedAt: wallClock() } });
    if (removed.count === 0) throw notFound(DOCUMENT_WORD);
    await appendAudit(tx, actor, {
      action: "document.remove",
      entityType: "application",
      entityId: application.id,
      data: { documentId: document.id, section: document.section },
    });
    return { id: document.id };
  });
}

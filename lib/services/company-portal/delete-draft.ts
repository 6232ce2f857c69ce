import { z } from "zod";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError, notFound, staleVersion } from "@/lib/errors/domain-error";
import { fileStorage } from "@/lib/storage";
import { APPLICATION_WORD, loadApplicationInScope } from "../applications/application-scope";
import { appendAudit } from "../audit/append-audit";

export const deleteDraftSchema = z.object({ applicationId: z.string().uuid(), expectedVersion: z.coerce.number().int().positive() });

/**
 * A company deletes one of its own drafts. Only a draft: once submitted, an application is part
 * of the record and can only be withdrawn. A draft has no review history, so the row and its
 * files go; the audit log keeps that it existed and who deleted it. The write is guarded by
 * status and version, so deleting twice (or after a save from another tab) is a clear conflict.
 */
export async function deleteDraft(actor: Actor, input: z.infer<typeof deleteDraftSchema>): Promise<{ id: string }> {
  const companyId = requireOwnCompany(actor, "application:edit");
  const db = await prisma();
  const storageKeys = await db.$transaction(async (tx) => {
    const application = await loadApplicationInScope(tx, actor, input.applicationId, "application:edit");
    if (application.companyId !== companyId) throw notFound(APPLICATION_WORD);
    if (application.status !== "draft") {
      throw new DomainError(
        "conflict",
        {
          zh: "只能删除尚未提交的草稿；已提交的申报可以撤回，不能删除。",
          en: "Only a draft that was never submitted can be deleted; a submitted application can be withdrawn instead.",
        },
        { status: application.status },
      );
    }
    const documents = await tx.document.findMany({ where: { applicationId: application.id }, select: { storageKey: true } });
    await tx.document.deleteMany({ where: { applicationId: application.id } });
    const deleted = await tx.application.deleteMany({ where: { id: application.id, companyId, status: "draft", version: input.expectedVersion } });
    if (deleted.count === 0) throw staleVersion();
    await appendAudit(tx, actor, {
      action: "application.delete",
      entityType: "application",
      entityId: application.id,
      fromStatus: "draft",
      data: { programmeId: application.programmeId, tier: application.tier, year: application.year, documents: documents.length },
    });
    return documents.map((d) => d.storageKey);
  });
  // The bytes go after the rows are gone; a file left behind by a crash here is unreachable.
  const storage = fileStorage();
  await Promise.all(storageKeys.map((key) => storage.remove(key).catch(() => undefined)));
  return { id: input.applicationId };
}

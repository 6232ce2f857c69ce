import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";

/**
 * Evidence for a decision on a title: documents the firm has on file (checked to be the firm's
 * own, so an id from elsewhere cannot be attached) and a free reference such as a letter number.
 */
export async function resolveEvidence(
  tx: Tx,
  companyId: string,
  input: { evidenceDocumentIds: string[]; evidenceReference: string },
): Promise<Prisma.InputJsonValue> {
  const ids = [...new Set(input.evidenceDocumentIds)];
  if (ids.length > 0) {
    const found = await tx.document.findMany({
      where: { id: { in: ids }, deletedAt: null, application: { companyId } },
      select: { id: true, fileName: true },
    });
    if (found.length !== ids.length) {
      throw new DomainError(
        "invalid",
        { zh: "所选证明材料不存在或不属于该企业。", en: "A selected evidence document does not exist or is not the firm's." },
        { field: "evidenceDocumentIds" },
      );
    }
    return { documentIds: ids, documents: found.map((d) => ({ id: d.id, fileName: d.fileName })), reference: input.evidenceReference || null };
  }
  return { documentIds: [], documents: [], reference: input.evidenceReference || null };
}

/** Documents an official may attach as evidence: those on the firm's applications. */
export async function evidenceChoices(tx: Tx, companyId: string) {
  return tx.document.findMany({
    where: { deletedAt: null, application: { companyId } },
    select: { id: true, fileName: true, section: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}

import type { Tx } from "../db-types";

export interface DocumentSummary {
  id: string;
  section: string;
  fileName: string;
  mimeType: string;
  size: number;
  createdAt: Date;
}

/** The live documents of an application the caller has already been allowed to see. */
export function listDocuments(tx: Tx, applicationId: string): Promise<DocumentSummary[]> {
  return tx.document.findMany({
    where: { applicationId, deletedAt: null },
    select: { id: true, section: true, fileName: true, mimeType: true, size: true, createdAt: true },
    orderBy: [{ section: "asc" }, { createdAt: "asc" }],
  });
}

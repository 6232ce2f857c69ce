import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { allowedClaimDecisions } from "@/lib/domain/claims/claim-standing";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { notFound } from "@/lib/errors/domain-error";
import { CLAIM_WORD, loadClaimInScope } from "./claim-scope";
import { withStandings } from "./list-claims";

/** One claim for an official who may decide it, with its proof, the firm's titles and the decisions open now. */
export async function claimDetail(actor: Actor, claimId: string) {
  const db = await prisma();
  const claim = await loadClaimInScope(db, actor, claimId);
  const [row] = await withStandings([claim]);
  const [proof, titles, users] = await Promise.all([
    db.document.findUnique({ where: { id: claim.proofDocumentId }, select: { id: true, fileName: true, mimeType: true, size: true } }),
    db.recognition.findMany({
      where: { companyId: claim.companyId },
      select: { id: true, tier: true, certificateNo: true, status: true, validFrom: true, validUntil: true },
      orderBy: { validFrom: "desc" },
    }),
    db.user.count({ where: { companyId: claim.companyId } }),
  ]);
  return { claim: row!, proof, titles, firmHasUsers: users > 0, actions: allowedClaimDecisions(row!.standing) };
}

/** The proof of a claim, for an official who may decide it; anyone else gets "not found". */
export async function readClaimProof(actor: Actor, claimId: string, storage: FileStorage = fileStorage()) {
  const db = await prisma();
  const claim = await loadClaimInScope(db, actor, claimId);
  const document = await db.document.findUnique({
    where: { id: claim.proofDocumentId },
    select: { fileName: true, mimeType: true, sha256: true, storageKey: true, deletedAt: true },
  });
  const bytes = document && !document.deletedAt ? await storage.get(document.storageKey) : null;
  if (!document || !bytes) throw notFound(CLAIM_WORD);
  return { fileName: document.fileName, mimeType: document.mimeType, sha256: document.sha256, bytes };
}

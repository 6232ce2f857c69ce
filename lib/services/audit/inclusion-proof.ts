import type { AuditInclusionProof } from "@/lib/domain/audit/audit-proof";
import { fromHex, MerkleTree, toHex } from "@/lib/domain/audit/merkle";
import type { Tx } from "../db-types";

export type InclusionProofResult =
  | ({ status: "included" } & AuditInclusionProof)
  /** The row exists but the sequencer has not reached it yet. */
  | { status: "pending"; auditId: string }
  | { status: "not-found"; auditId: string };

/**
 * The proof that an audit entry is in the log, for the official's audit page and for anyone
 * holding a copy of a tree head: its position, the newest signed tree head and the audit path to
 * that head's root. Check it with verifyAuditInclusion (lib/domain/audit/audit-proof.ts). The path
 * is computed from the leaf hashes up to the head (one read of 32 bytes per entry); callers
 * authorize the reader.
 */
export async function inclusionProof(db: Pick<Tx, "$queryRawUnsafe">, auditId: string | bigint): Promise<InclusionProofResult> {
  const id = String(auditId);
  if (!/^\d{1,19}$/.test(id)) return { status: "not-found", auditId: id };
  const [found] = await db.$queryRawUnsafe<{ seq: string | null; leaf_hash: string | null }[]>(
    `SELECT l.seq::text AS seq, l.leaf_hash FROM audit_log a LEFT JOIN audit_leaf l ON l.audit_id = a.id WHERE a.id = $1::bigint`,
    id,
  );
  if (!found) return { status: "not-found", auditId: id };
  const [head] = await db.$queryRawUnsafe<{ tree_size: string; root_hash: string; signed_at: string; key_id: string; signature: string }[]>(
    `SELECT tree_size::text AS tree_size, root_hash, to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS signed_at, key_id, signature
       FROM audit_tree_head h ORDER BY h.tree_size DESC LIMIT 1`,
  );
  if (found.seq === null || !head || Number(found.seq) >= Number(head.tree_size)) return { status: "pending", auditId: id };
  const size = Number(head.tree_size);
  const leaves = await db.$queryRawUnsafe<{ leaf_hash: string }[]>(`SELECT leaf_hash FROM audit_leaf WHERE seq < $1::bigint ORDER BY seq`, String(size));
  const tree = new MerkleTree(leaves.map((l) => fromHex(l.leaf_hash.trim())));
  const leafIndex = Number(found.seq);
  return {
    status: "included",
    auditId: id,
    leafIndex,
    leafHash: found.leaf_hash!.trim(),
    treeHead: { size, rootHash: head.root_hash.trim(), signedAt: head.signed_at, keyId: head.key_id, signature: head.signature },
    path: tree.inclusionPath(leafIndex, size).map(toHex),
  };
}

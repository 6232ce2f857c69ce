import { verify, type KeyObject } from "node:crypto";
import { fromHex, verifyInclusion } from "./merkle";
import { treeHeadBytes } from "./tree-head";

/** A signed tree head as stored and handed out: hashes in hex, the signature in base64. */
export interface SignedTreeHead {
  size: number;
  rootHash: string;
  /** ISO 8601, millisecond precision, UTC. */
  signedAt: string;
  keyId: string;
  signature: string;
}

/** That one audit entry is in the log: its leaf, the signed head it is under, and the audit path. */
export interface AuditInclusionProof {
  auditId: string;
  leafIndex: number;
  leafHash: string;
  treeHead: SignedTreeHead;
  path: string[];
}

export function verifyTreeHeadSignature(head: SignedTreeHead, publicKey: KeyObject): boolean {
  try {
    const bytes = treeHeadBytes({ size: head.size, root: fromHex(head.rootHash), timestamp: new Date(head.signedAt) });
    return verify(null, bytes, publicKey, Buffer.from(head.signature, "base64"));
  } catch {
    return false;
  }
}

/**
 * Checks a proof with nothing but the log's public key: the head is signed by it and the path
 * leads from the leaf to the head's root. The reader recomputes leafHash from the entry's
 * canonical bytes (canonical-entry.ts) to tie the proof to the entry they see.
 */
export function verifyAuditInclusion(proof: AuditInclusionProof, publicKey: KeyObject): boolean {
  if (!verifyTreeHeadSignature(proof.treeHead, publicKey)) return false;
  try {
    return verifyInclusion({
      index: proof.leafIndex,
      size: proof.treeHead.size,
      leafHash: fromHex(proof.leafHash),
      path: proof.path.map(fromHex),
      root: fromHex(proof.treeHead.rootHash),
    });
  } catch {
    return false;
  }
}

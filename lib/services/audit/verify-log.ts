import { canonicalEntry } from "@/lib/domain/audit/canonical-entry";
import { verifyTreeHeadSignature, type SignedTreeHead } from "@/lib/domain/audit/audit-proof";
import { fromHex, leafHash, MerkleTree, sameHash, toHex, verifyConsistency, type Hash } from "@/lib/domain/audit/merkle";
import type { SqlRunner } from "@/lib/db/sql-runner";
import { CANONICAL_COLUMNS, canonicalRow, type CanonicalColumns } from "./audit-row-sql";
import { MAX_TRANSACTION_MS } from "./sequence-audit";
import { trustedAuditKeys } from "./signing-key";
import { verifyAuditChain, type ChainReport } from "./verify-chain";

export type LogProblemKind =
  | "legacy-chain-broken"
  | "position-missing"
  | "entry-deleted"
  | "entry-changed"
  | "head-beyond-log"
  | "head-unknown-key"
  | "head-bad-signature"
  | "head-root-mismatch"
  | "head-inconsistent"
  | "head-time-reversed"
  | "leaves-unsigned"
  | "state-mismatch"
  | "entry-left-out";

export interface LogReport {
  intact: boolean;
  /** The first problem found, in the order the checks run (legacy chain, leaves, heads, rows outside the log). */
  problem?: { kind: LogProblemKind; detail: string };
  legacyEntries: number;
  leaves: number;
  heads: number;
  /** Rows not yet in the log, and the oldest one's date. Not a problem unless they are older than the log. */
  pending: { count: number; oldestAt: string | null };
}

const PAGE = 5_000;

type LeafRow = Partial<CanonicalColumns> & { seq: string; audit_id: string; leaf_hash: string; id: string | null };

/**
 * Checks the whole audit log: the legacy hash chain; each leaf against its row (present,
 * unchanged, positions without gaps); every signed tree head (known key, valid signature, root
 * recomputed from the rows, consistent with the previous head by an RFC 9162 consistency proof,
 * time never going back); that every leaf is under a signed head; and that no row sits outside
 * the log with a date the sequencer had already passed — a row written afterwards with an old
 * date. Reports the first problem.
 */
export async function verifyAuditLog(sql: Pick<SqlRunner, "query">, env: Record<string, string | undefined> = process.env): Promise<LogReport> {
  const chain: ChainReport = await verifyAuditChain(sql);
  const report = (fields: Omit<LogReport, "intact" | "legacyEntries"> & { problem?: LogReport["problem"] }): LogReport => ({
    intact: !fields.problem,
    legacyEntries: chain.entries,
    ...fields,
  });
  const pending = await pendingRows(sql);
  if (!chain.intact) return report({ leaves: 0, heads: 0, pending, problem: { kind: "legacy-chain-broken", detail: `legacy hash chain: ${chain.detail}` } });

  const leaves: Hash[] = [];
  for (;;) {
    const rows = await sql.query<LeafRow & Record<string, unknown>>(
      `SELECT l.seq::text AS seq, l.audit_id::text AS audit_id, l.leaf_hash, ${CANONICAL_COLUMNS}
         FROM audit_leaf l LEFT JOIN audit_log a ON a.id = l.audit_id
        WHERE l.seq >= $1::bigint ORDER BY l.seq LIMIT ${PAGE}`,
      [String(leaves.length)],
    );
    for (const row of rows) {
      const position = leaves.length;
      if (row.seq !== String(position))
        return report({
          leaves: position,
          heads: 0,
          pending,
          problem: { kind: "position-missing", detail: `log position ${position} is missing (the next leaf is at ${row.seq})` },
        });
      if (row.id === null)
        return report({
          leaves: position,
          heads: 0,
          pending,
          problem: { kind: "entry-deleted", detail: `entry ${row.audit_id} at log position ${position} was deleted from audit_log` },
        });
      const computed = leafHash(canonicalEntry(canonicalRow(row as CanonicalColumns)));
      if (toHex(computed) !== row.leaf_hash.trim())
        return report({
          leaves: position,
          heads: 0,
          pending,
          problem: { kind: "entry-changed", detail: `entry ${row.audit_id} at log position ${position} was changed after it entered the log` },
        });
      leaves.push(computed);
    }
    if (rows.length < PAGE) break;
  }

  const tree = new MerkleTree(leaves);
  const keys = trustedAuditKeys(env);
  const heads = (
    await sql.query<{ tree_size: string; root_hash: string; signed_at: string; key_id: string; signature: string }>(
      `SELECT tree_size::text AS tree_size, root_hash, to_char(signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS signed_at, key_id, signature
         FROM audit_tree_head h ORDER BY h.tree_size`,
    )
  ).map((h): SignedTreeHead => ({ size: Number(h.tree_size), rootHash: h.root_hash.trim(), signedAt: h.signed_at, keyId: h.key_id, signature: h.signature }));

  let previous: SignedTreeHead | null = null;
  let nextLeaf = 0;
  for (const head of heads) {
    const fail = (kind: LogProblemKind, detail: string) =>
      report({
        leaves: leaves.length,
        heads: heads.length,
        pending,
        problem: { kind, detail: `tree head of size ${head.size} (signed ${head.signedAt}): ${detail}` },
      });
    if (head.size > leaves.length) return fail("head-beyond-log", `the log has only ${leaves.length} leaves (leaves were removed from its end)`);
    const key = keys.get(head.keyId);
    if (!key) return fail("head-unknown-key", `signed with key ${head.keyId}, which is not a trusted audit key`);
    if (!verifyTreeHeadSignature(head, key)) return fail("head-bad-signature", "the signature does not match the head");
    const root = fromHex(head.rootHash);
    if (!sameHash(tree.root(head.size), root))
      return fail(
        "head-root-mismatch",
        `the root does not match the log's entries: an entry among the first ${head.size} positions was changed, moved, removed or inserted`,
      );
    if (previous) {
      if (new Date(head.signedAt) < new Date(previous.signedAt)) return fail("head-time-reversed", `signed before the previous head (${previous.signedAt})`);
      const proof = tree.consistencyProof(previous.size, head.size);
      if (!verifyConsistency({ oldSize: previous.size, newSize: head.size, oldRoot: fromHex(previous.rootHash), newRoot: root, proof })) {
        return fail("head-inconsistent", `not an extension of the head of size ${previous.size}`);
      }
    }
    nextLeaf = head.size;
    previous = head;
  }
  const base = { leaves: leaves.length, heads: heads.length, pending };
  if (nextLeaf < leaves.length)
    return report({ ...base, problem: { kind: "leaves-unsigned", detail: `log positions ${nextLeaf} to ${leaves.length - 1} are under no signed tree head` } });

  const [state] = await sql.query<{ tree_size: string; horizon: string | null }>(
    `SELECT tree_size::text AS tree_size, to_char(horizon AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS horizon FROM audit_sequencer_state WHERE id = 1`,
  );
  if (state && Number(state.tree_size) !== leaves.length)
    return report({ ...base, problem: { kind: "state-mismatch", detail: `the sequencer counted ${state.tree_size} leaves, the log has ${leaves.length}` } });

  // The sequencer has passed this date for good: a row dated before it that is not in the log
  // was written afterwards with an old date.
  if (state?.horizon) {
    const [row] = await sql.query<{ id: string; at: string }>(
      `SELECT ${CANONICAL_COLUMNS} FROM audit_log a
        WHERE a.at < $1::timestamptz AND NOT EXISTS (SELECT 1 FROM audit_leaf l WHERE l.audit_id = a.id)
        ORDER BY a.at, a.id LIMIT 1`,
      [new Date(new Date(state.horizon).getTime() - MAX_TRANSACTION_MS).toISOString()],
    );
    if (row)
      return report({
        ...base,
        problem: {
          kind: "entry-left-out",
          detail: `entry ${row.id} is dated ${row.at}, but the log had been sequenced up to ${state.horizon} before it appeared: it was written later with an old date`,
        },
      });
  }
  return report(base);
}

async function pendingRows(sql: Pick<SqlRunner, "query">): Promise<LogReport["pending"]> {
  const [row] = await sql.query<{ count: number; oldest: string | null }>(
    `SELECT count(*)::int AS count, to_char(min(a.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS oldest
       FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM audit_leaf l WHERE l.audit_id = a.id)`,
  );
  return { count: Number(row?.count ?? 0), oldestAt: row?.oldest ?? null };
}

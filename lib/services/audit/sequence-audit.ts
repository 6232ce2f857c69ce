import { sign } from "node:crypto";
import { canonicalEntry } from "@/lib/domain/audit/canonical-entry";
import { appendToFrontier, fromHex, frontierRoot, leafHash, toHex, type Hash } from "@/lib/domain/audit/merkle";
import { treeHeadBytes } from "@/lib/domain/audit/tree-head";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "../db-types";
import { CANONICAL_COLUMNS, canonicalRow, type CanonicalColumns } from "./audit-row-sql";
import { auditSigningKey } from "./signing-key";
import { wallClock } from "@/lib/calendar/today";

/** The sequencer's own advisory lock, beside the migrations' (730000) and the jobs' (730600). */
export const SEQUENCER_LOCK_KEY = 730_002;

/**
 * Rows younger than this are left for the next run. A row's `at` is its transaction's start, and
 * commit order cannot be read from PostgreSQL, so a row committing just now may carry an earlier
 * time than one already sequenced; waiting lets nearly all of them arrive first. Nothing depends
 * on it for correctness: the position, not the time, is the log order.
 */
export const SEQUENCE_LAG_MS = 2_000;

/**
 * How far before the sequencer's horizon it still looks for rows: no portal transaction runs
 * longer (run-jobs' 10-minute timeout is the longest). A row dated earlier than this when it
 * appears was written with a false date, and the verifier says so.
 */
export const MAX_TRANSACTION_MS = 10 * 60_000;

export interface SequenceResult {
  /** "skipped": another sequencer holds the lock. */
  status: "sequenced" | "skipped";
  sequenced: number;
  treeSize: number;
  /** More rows were ready than `limit`: run again. */
  more: boolean;
}

interface StateRow extends Record<string, unknown> {
  tree_size: string;
  frontier: string;
  horizon: string | null;
  legacy_end: string;
  last_signed_at: string | null;
  cutoff: string;
}

/**
 * One run of the audit sequencer inside the caller's transaction: gives the committed audit rows
 * not yet in the Merkle log their positions — first the rows of the old hash chain, in chain
 * order, then the others by (at, id) as this snapshot sees them — folds them into the tree from
 * its stored right edge, and signs the new tree head. Rows still in flight are invisible to the
 * snapshot and come in a later run. The lock is a transaction lock: a killed sequencer leaves
 * nothing held and nothing half written.
 */
export async function sequenceAuditInTransaction(tx: Tx, options: { now?: Date; limit?: number; lagMs?: number } = {}): Promise<SequenceResult> {
  const now = options.now ?? wallClock();
  const limit = options.limit ?? 5_000;
  const [lock] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock(${SEQUENCER_LOCK_KEY}::bigint) AS locked`);
  if (!lock?.locked) return { status: "skipped", sequenced: 0, treeSize: 0, more: false };

  const [state] = await tx.$queryRawUnsafe<StateRow[]>(
    `SELECT s.tree_size::text AS tree_size, array_to_string(s.frontier, ',') AS frontier,
            to_char(s.horizon AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS horizon, s.legacy_end::text AS legacy_end,
            (SELECT to_char(h.signed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM audit_tree_head h ORDER BY h.tree_size DESC LIMIT 1) AS last_signed_at,
            -- Never past the database's own clock, which dated the rows: a caller's clock ahead of
            -- it would move the horizon past rows not yet written.
            to_char((least($1::timestamptz, clock_timestamp()) - make_interval(secs => $2::double precision)) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS cutoff
       FROM audit_sequencer_state s WHERE s.id = 1`,
    now.toISOString(),
    (options.lagMs ?? SEQUENCE_LAG_MS) / 1000,
  );
  if (!state) throw new Error("audit_sequencer_state has no row: the audit_merkle_log migration was not applied");
  let size = Number(state.tree_size);
  let frontier: Hash[] = state.frontier ? state.frontier.split(",").map(fromHex) : [];
  const cutoff = new Date(state.cutoff);

  const rows: CanonicalColumns[] = [];
  if (state.horizon === null) {
    // Until the first complete run: the rows of the old chain first, in chain order.
    rows.push(
      ...(await tx.$queryRawUnsafe<(CanonicalColumns & Record<string, unknown>)[]>(
        `SELECT ${CANONICAL_COLUMNS} FROM audit_log a
        WHERE a.id <= $1::bigint AND a.hash <> '' AND NOT EXISTS (SELECT 1 FROM audit_leaf l WHERE l.audit_id = a.id)
        ORDER BY a.id LIMIT ${limit}`,
        state.legacy_end,
      )),
    );
  }
  if (rows.length < limit) {
    const from = state.horizon === null ? null : new Date(new Date(state.horizon).getTime() - MAX_TRANSACTION_MS).toISOString();
    rows.push(
      ...(await tx.$queryRawUnsafe<(CanonicalColumns & Record<string, unknown>)[]>(
        `SELECT ${CANONICAL_COLUMNS} FROM audit_log a
        WHERE a.at < $1::timestamptz AND ($2::timestamptz IS NULL OR a.at >= $2::timestamptz)
          AND NOT EXISTS (SELECT 1 FROM audit_leaf l WHERE l.audit_id = a.id)
          AND NOT (a.id <= $3::bigint AND a.hash <> '')
        ORDER BY a.at, a.id LIMIT ${limit - rows.length}`,
        cutoff.toISOString(),
        from,
        state.legacy_end,
      )),
    );
  }
  const more = rows.length >= limit;

  if (rows.length > 0) {
    const values: string[] = [];
    for (const row of rows) {
      const leaf = leafHash(canonicalEntry(canonicalRow(row)));
      // Both interpolated values are ours: a decimal id PostgreSQL printed, and a hex digest.
      if (!/^\d+$/.test(row.id)) throw new Error(`unexpected audit id ${row.id}`);
      values.push(`(${size}, ${row.id}, '${toHex(leaf)}')`);
      frontier = appendToFrontier(frontier, size, leaf);
      size += 1;
    }
    await tx.$executeRawUnsafe(`INSERT INTO audit_leaf (seq, audit_id, leaf_hash) VALUES ${values.join(",")}`);
    // Tree heads never go back in time, even if this instance's clock is behind the last signer's.
    const signedAt = state.last_signed_at && new Date(state.last_signed_at) > now ? new Date(state.last_signed_at) : now;
    const root = frontierRoot(frontier);
    const key = auditSigningKey();
    const signature = sign(null, treeHeadBytes({ size, root, timestamp: signedAt }), key.privateKey).toString("base64");
    await tx.$executeRawUnsafe(
      `INSERT INTO audit_tree_head (tree_size, root_hash, signed_at, key_id, signature) VALUES ($1::bigint, $2, $3::timestamptz, $4, $5)`,
      String(size),
      toHex(root),
      signedAt.toISOString(),
      key.keyId,
      signature,
    );
  }
  // The horizon only moves once everything before the cutoff is in.
  await tx.$executeRawUnsafe(
    `UPDATE audit_sequencer_state SET tree_size = $1::bigint, frontier = string_to_array($2, ','),
            horizon = CASE WHEN $3::boolean THEN horizon ELSE greatest(coalesce(horizon, $4::timestamptz), $4::timestamptz) END
      WHERE id = 1`,
    String(size),
    frontier.map(toHex).join(","),
    more,
    cutoff.toISOString(),
  );
  return { status: "sequenced", sequenced: rows.length, treeSize: size, more };
}

/** One sequencer run in a short transaction of its own (the job, `npm run audit:verify`, the benchmark). */
export async function sequenceAudit(
  db: Pick<PrismaClient, "$transaction">,
  options: { now?: Date; limit?: number; lagMs?: number } = {},
): Promise<SequenceResult> {
  return db.$transaction((tx) => sequenceAuditInTransaction(tx, options), { timeout: 120_000, maxWait: 30_000 });
}

export interface SequencerLag {
  /** Audit rows not yet in the log (within the sequencer's window). */
  pending: number;
  /** Age of the oldest of them, in milliseconds; null when none. */
  oldestPendingMs: number | null;
  treeSize: number;
}

/** For metrics and the benchmark: how far the sequencer is behind. */
export async function auditSequencerLag(db: Pick<Tx, "$queryRawUnsafe">, now = wallClock()): Promise<SequencerLag> {
  const [row] = await db.$queryRawUnsafe<{ pending: number; oldest: string | null; tree_size: string }[]>(
    `SELECT count(*)::int AS pending,
            to_char(min(a.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS oldest,
            (SELECT tree_size::text FROM audit_sequencer_state WHERE id = 1) AS tree_size
       FROM audit_log a
      WHERE a.at >= coalesce((SELECT horizon FROM audit_sequencer_state WHERE id = 1) - make_interval(secs => ${MAX_TRANSACTION_MS / 1000}), '-infinity'::timestamptz)
        AND NOT EXISTS (SELECT 1 FROM audit_leaf l WHERE l.audit_id = a.id)`,
  );
  return {
    pending: row?.pending ?? 0,
    oldestPendingMs: row?.oldest ? Math.max(0, now.getTime() - new Date(row.oldest).getTime()) : null,
    treeSize: Number(row?.tree_size ?? 0),
  };
}

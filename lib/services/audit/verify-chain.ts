import type { SqlRunner } from "@/lib/db/sql-runner";

export type ChainReport =
  { intact: true; entries: number } | { intact: false; entries: number; brokenAt: string; problem: "content-changed" | "link-broken"; detail: string };

const GENESIS = "0".repeat(64);
const PAGE = 5_000;

/**
 * The rows written before the Merkle log (decision 015) carry a hash chain, which ends at
 * audit_sequencer_state.legacy_end; later rows have none. Walks the chained rows in id order and
 * recomputes each row's hash with the SQL function the old insert trigger used, so the two can
 * never disagree on how a row is hashed. A row whose content no longer matches its hash was
 * edited; a row whose prev_hash is not the previous row's hash follows a deleted or inserted row.
 * Reports the first broken link only: everything after it is suspect anyway.
 */
export async function verifyAuditChain(sql: Pick<SqlRunner, "query">): Promise<ChainReport> {
  const [state] = await sql.query<{ legacy_end: string }>(`SELECT legacy_end::text AS legacy_end FROM audit_sequencer_state WHERE id = 1`);
  const end = state?.legacy_end ?? "0";
  let previous = GENESIS;
  let lastId = "0";
  let entries = 0;
  for (;;) {
    const rows = await sql.query<{ id: string; prev_hash: string; hash: string; expected: string }>(
      `SELECT a.id::text AS id, a.prev_hash, a.hash, audit_log_row_hash(a) AS expected
         FROM audit_log a WHERE a.id > $1::bigint AND a.id <= $2::bigint ORDER BY a.id LIMIT ${PAGE}`,
      [lastId, end],
    );
    for (const row of rows) {
      if (row.prev_hash !== previous) {
        return {
          intact: false,
          entries,
          brokenAt: row.id,
          problem: "link-broken",
          detail: `entry ${row.id} does not follow the entry before it (a row was removed or inserted)`,
        };
      }
      if (row.hash !== row.expected) {
        return { intact: false, entries, brokenAt: row.id, problem: "content-changed", detail: `entry ${row.id} was changed after it was written` };
      }
      previous = row.hash;
      lastId = row.id;
      entries += 1;
    }
    if (rows.length < PAGE) return { intact: true, entries };
  }
}

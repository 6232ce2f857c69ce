import type { ChildProcess } from "node:child_process";
import { Client } from "pg";

/** The server's write transaction as PostgreSQL saw it at the moment of the kill. */
export interface KilledTransaction {
  pid: number;
  xid: string;
  statement: string;
  openForMs: number;
  /** The same transaction (same backend, same xid) was still listed right after the signal. */
  openAfterKill: boolean;
}

interface ActiveWrite {
  pid: number;
  xid: string;
  query: string;
  open_ms: number;
}

// Only transactions that have written something have an xid: a read-only moment does not count.
const OPEN_WRITES = `SELECT pid, backend_xid::text AS xid, query, (extract(epoch FROM clock_timestamp() - xact_start) * 1000)::float8 AS open_ms
                       FROM pg_stat_activity
                      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`;

/**
 * Watches the database for a write transaction of the server whose statement matches `at` and
 * SIGKILLs the server's whole process group (started `detached`) at that moment: the kill lands
 * inside the transaction, not before or after it. Gives up (null) when `settled()` says the
 * operation finished first, or after `timeoutMs`.
 */
export async function killDuringTransaction(
  server: ChildProcess,
  databaseUrl: string,
  at: RegExp,
  settled: () => boolean,
  timeoutMs = 120_000,
): Promise<KilledTransaction | null> {
  const watcher = new Client({ connectionString: databaseUrl });
  await watcher.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !settled()) {
      const { rows } = await watcher.query<ActiveWrite>(OPEN_WRITES);
      const hit = rows.find((row) => at.test(row.query) && !/^\s*COMMIT/i.test(row.query));
      if (!hit) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      process.kill(-server.pid!, "SIGKILL");
      const after = await watcher.query<{ xid: string | null }>("SELECT backend_xid::text AS xid FROM pg_stat_activity WHERE pid = $1", [hit.pid]);
      return {
        pid: hit.pid,
        xid: hit.xid,
        statement: hit.query.replace(/\s+/g, " ").slice(0, 60),
        openForMs: hit.open_ms,
        openAfterKill: after.rows[0]?.xid === hit.xid,
      };
    }
    return null;
  } finally {
    await watcher.end();
  }
}

/**
 * After the client is gone, PostgreSQL finishes the statement it was running, finds the socket
 * closed and rolls back. Waits for that backend to leave and returns how long it took and what
 * became of the transaction ("aborted", "committed") by its xid.
 */
export async function outcomeOf(killed: KilledTransaction, databaseUrl: string, timeoutMs = 300_000): Promise<{ status: string; lingeredMs: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = Date.now();
  try {
    while (Date.now() - started < timeoutMs) {
      const { rowCount } = await client.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [killed.pid]);
      if (rowCount === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const lingeredMs = Date.now() - started;
    // pg_stat_activity shows a 32-bit xid; pg_xact_status wants the 64-bit one, of the current epoch.
    const { rows } = await client.query<{ xmax: string }>("SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax");
    const xmax = BigInt(rows[0]!.xmax);
    let full = ((xmax >> 32n) << 32n) | BigInt(killed.xid);
    if (full >= xmax) full -= 1n << 32n;
    const status = await client.query<{ status: string | null }>("SELECT pg_xact_status($1::text::xid8) AS status", [full.toString()]);
    return { status: status.rows[0]?.status ?? "unknown", lingeredMs };
  } finally {
    await client.end();
  }
}

/**
 * What the server-side session check (lib/auth/session-store.ts checkSession, run on every read of
 * a session) costs per request, beside the bare SQL it is made of:
 *   npx tsx scripts/bench-session-check.ts [--db pglite|postgres|both] [--calls 5000]
 *
 * PostgreSQL: a fresh database `sme_bench_sessions` on TEST_POSTGRES_URL (default
 * postgresql://postgres@127.0.0.1:5432/postgres), dropped afterwards. Both: migrated, 10,000
 * accounts with 50,000 sessions, so the lookups go through real indexes. The clock moves one
 * second per call, so lastSeenAt is written about once a minute as in use.
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { checkSession } from "@/lib/auth/session-store";
import { DEFAULT_SESSION_POLICY } from "@/lib/auth/session-policy";
import { useDatabase } from "@/lib/db/client";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";

const { values } = parseArgs({ options: { db: { type: "string", default: "both" }, calls: { type: "string", default: "5000" } } });
const CALLS = Number(values.calls);
const ADMIN = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const BENCH_DB = "sme_bench_sessions";

async function admin(sql: string) {
  const client = new Client({ connectionString: ADMIN });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function seed(db: Database): Promise<{ sid: string; actor: { role: "municipal"; jurisdictionCode: string; companyId: null } }> {
  await db.sql.exec(`INSERT INTO region (code, name_zh, name_en, level) VALUES ('350000', '福建省', 'Fujian', 'province');
    INSERT INTO region (code, name_zh, name_en, level, parent_code) VALUES ('350100', '福州市', 'Fuzhou', 'city', '350000');
    INSERT INTO app_user (id, email, password_hash, name, role, jurisdiction_code)
      SELECT gen_random_uuid(), 'u' || g || '@bench.cn', 'x', 'u' || g, 'municipal', '350100' FROM generate_series(1, 10000) g;
    INSERT INTO user_session (id, user_id, session_version, created_at, last_seen_at)
      SELECT gen_random_uuid(), u.id, 0, now(), now() FROM app_user u, generate_series(1, 5);
    ANALYZE app_user; ANALYZE user_session;`);
  const [row] = await db.sql.query<{ id: string }>("SELECT id FROM user_session ORDER BY id LIMIT 1 OFFSET 25000");
  return { sid: row!.id, actor: { role: "municipal", jurisdictionCode: "350100", companyId: null } };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((s, v) => s + v, 0) / samples.length;
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `mean ${mean.toFixed(3)} ms, p50 ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms`;
}

async function time(label: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await run(i); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  console.log(`  ${label.padEnd(52)} ${stats(samples)}`);
}

async function bench(kind: "pglite" | "postgres") {
  let db: Database;
  if (kind === "postgres") {
    await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${BENCH_DB}`);
    const url = new URL(ADMIN);
    url.pathname = `/${BENCH_DB}`;
    db = await openDatabase({ kind: "postgres", url: url.toString() });
  } else {
    db = await openDatabase({ kind: "pglite", dataDir: null });
  }
  try {
    await applyMigrations(db.sql, await readMigrations());
    useDatabase(db);
    const { sid, actor } = await seed(db);
    const start = Date.now();
    console.log(`${kind}, ${CALLS} calls each:`);
    await time("SELECT 1 (a round trip to the database)", () => db.sql.query("SELECT 1"));
    await time("bare SQL: the session row joined to its account", () =>
      db.sql.query(
        "SELECT s.created_at, s.last_seen_at, s.ended_at, s.session_version, u.session_version, u.disabled_at, u.role, u.jurisdiction_code, u.company_id FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = $1",
        [sid],
      ),
    );
    await time("checkSession (read, verdict, lastSeenAt once a minute)", async (i) => {
      const verdict = await checkSession(sid, actor, new Date(start + i * 1_000), DEFAULT_SESSION_POLICY);
      if (!verdict.live) throw new Error(`session ended unexpectedly: ${verdict.reason}`);
    });
  } finally {
    await db.close();
    if (kind === "postgres") await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  }
}

for (const kind of values.db === "both" ? (["pglite", "postgres"] as const) : [values.db as "pglite" | "postgres"]) await bench(kind);

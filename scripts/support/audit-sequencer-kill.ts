import { spawn } from "node:child_process";
import { Client } from "pg";
import { database } from "@/lib/db/client";
import { SEQUENCER_LOCK_KEY, sequenceAudit } from "@/lib/services/audit/sequence-audit";
import { verifyAuditLog } from "@/lib/services/audit/verify-log";
import { exited, killProcessGroup } from "./production-server";

/**
 * Starts `npm run audit:verify` (which ends by sequencing what is pending), SIGKILLs it as soon
 * as its sequencer transaction holds the lock, then checks the sequencer left nothing half
 * written — its leaves, newest head and state agree — and that the next run completes the log.
 */
export async function auditSequenceKill(url: string, env: NodeJS.ProcessEnv) {
  const watcher = new Client({ connectionString: url });
  await watcher.connect();
  const child = spawn("npx", ["tsx", "scripts/audit-verify.ts"], { env, stdio: "ignore", detached: true });
  let killed = false;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const { rows } = await watcher.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted`, [SEQUENCER_LOCK_KEY]);
    if (rows.length > 0) {
      killProcessGroup(child);
      killed = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await exited(child);
  // PostgreSQL notices the dead client and rolls its transaction back.
  for (let i = 0; i < 100; i++) {
    const { rows } = await watcher.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1`, [SEQUENCER_LOCK_KEY]);
    if (rows.length === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const state = async () =>
    (
      await watcher.query<{ leaves: string; head: string | null; counted: string; lock: boolean }>(
        `SELECT (SELECT count(*) FROM audit_leaf)::text AS leaves, (SELECT max(tree_size) FROM audit_tree_head)::text AS head,
                (SELECT tree_size FROM audit_sequencer_state WHERE id = 1)::text AS counted,
                EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = ${SEQUENCER_LOCK_KEY}) AS lock`,
      )
    ).rows[0]!;
  const atKill = await state();
  const consistentAfterKill = !atKill.lock && atKill.leaves === atKill.counted && (atKill.head ?? "0") === atKill.leaves;
  const db = await database();
  let afterRestart = 0;
  for (;;) {
    const run = await sequenceAudit(db.prisma, { lagMs: 0 });
    afterRestart += run.sequenced;
    if (!run.more) break;
  }
  const report = await verifyAuditLog(db.sql);
  await watcher.end();
  return {
    killed,
    leavesAtKill: Number(atKill.leaves),
    consistentAfterKill,
    afterRestart,
    verified: report.intact && report.pending.count === 0,
    leaves: report.leaves,
    problem: report.problem?.detail,
  };
}

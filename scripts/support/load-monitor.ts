import { Client } from "pg";
import { prisma } from "@/lib/db/client";
import { auditSequencerLag, sequenceAudit } from "@/lib/services/audit/sequence-audit";
import { percentile } from "./http-session";

export interface ActivitySample {
  at: number;
  active: number;
  waitingOnLock: number;
  waits: Record<string, number>;
}

/**
 * Samples pg_stat_activity once a second: how many of the database's active backends wait, and
 * on what. Its own connection, so it never queues behind the load it measures.
 */
export async function startActivitySampler(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  const samples: ActivitySample[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const rows = (
        await client.query<{ wait: string | null; type: string | null }>(
          `SELECT wait_event_type || ':' || wait_event AS wait, wait_event_type AS type FROM pg_stat_activity
            WHERE datname = current_database() AND state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
        )
      ).rows;
      const waits: Record<string, number> = {};
      for (const r of rows) if (r.wait) waits[r.wait] = (waits[r.wait] ?? 0) + 1;
      samples.push({ at: Date.now(), active: rows.length, waitingOnLock: rows.filter((r) => r.type === "Lock").length, waits });
      await new Promise((r) => setTimeout(r, 1_000));
    }
  })();
  return {
    samples,
    stop: async () => {
      stopped = true;
      await loop;
      await client.end();
    },
  };
}

export function summariseActivity(samples: ActivitySample[], from: number, to: number) {
  const within = samples.filter((s) => s.at >= from && s.at <= to);
  const active = within.reduce((n, s) => n + s.active, 0);
  const locked = within.reduce((n, s) => n + s.waitingOnLock, 0);
  const waits: Record<string, number> = {};
  for (const s of within) for (const [k, v] of Object.entries(s.waits)) waits[k] = (waits[k] ?? 0) + v;
  const top = Object.entries(waits)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, v]) => `${k} ${((100 * v) / Math.max(1, active)).toFixed(0)}%`);
  return { samples: within.length, active, lockShare: active === 0 ? 0 : locked / active, top };
}

interface SequencerRun {
  at: number;
  ms: number;
  sequenced: number;
}

/** The audit sequencer as the job would run it, once a second, with its lag sampled after each run. */
export function startSequencerLoop() {
  const runs: SequencerRun[] = [];
  const lags: { at: number; pending: number; oldestMs: number | null }[] = [];
  let stopped = false;
  const loop = (async () => {
    const db = await prisma();
    while (!stopped) {
      const started = performance.now();
      const run = await sequenceAudit(db, {});
      runs.push({ at: Date.now(), ms: performance.now() - started, sequenced: run.sequenced });
      const lag = await auditSequencerLag(db);
      lags.push({ at: Date.now(), pending: lag.pending, oldestMs: lag.oldestPendingMs });
      await new Promise((r) => setTimeout(r, 1_000));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
    },
    summarise(from: number, to: number) {
      const within = runs.filter((r) => r.at >= from && r.at <= to);
      const lagWithin = lags.filter((l) => l.at >= from && l.at <= to);
      const sequenced = within.reduce((n, r) => n + r.sequenced, 0);
      const ms = within.map((r) => r.ms).sort((a, b) => a - b);
      return {
        runs: within.length,
        rowsPerSecond: sequenced / Math.max(0.001, (to - from) / 1000),
        sequenced,
        runP95Ms: percentile(ms, 95),
        maxPending: Math.max(0, ...lagWithin.map((l) => l.pending)),
        maxOldestSeconds: Math.max(0, ...lagWithin.map((l) => (l.oldestMs ?? 0) / 1000)),
      };
    },
  };
}

import { runMigrations } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_NAMES } from "@/lib/jobs/job-types";
import { startGraphileWorker } from "@/lib/jobs/worker/graphile-runner";
import type { RunningWorker } from "@/lib/jobs/worker/start-worker";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { testBackend } from "./support/test-backend";

/**
 * Several app instances share one PostgreSQL: each scheduled run of the jobs must happen once,
 * not once per instance. Waiting for real minutes would make a slow test, so the schedule is made
 * to owe five minutes (its known_since moved back), which both instances, started together, make
 * up at once through graphile-worker's backfill: every minute owed must be run exactly once.
 */
const onPostgres = testBackend() === "postgres";
let db: FreshDatabase;

beforeAll(async () => {
  if (onPostgres) db = await freshDatabase();
});
afterAll(async () => {
  if (onPostgres) await db.destroy();
});

interface Run extends Record<string, unknown> {
  job: string;
  status: string;
  scheduled_for: string | null;
}

describe.runIf(onPostgres)("the schedule across two instances", () => {
  it("runs each owed minute's jobs once, whichever instance takes it", async () => {
    await runMigrations({ connectionString: db.url!, logger: undefined });
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO graphile_worker._private_known_crontabs (identifier, known_since, last_execution) VALUES ('run-jobs', now() - interval '5 minutes 10 seconds', NULL)`,
    );
    const workers: RunningWorker[] = [];
    try {
      workers.push(...(await Promise.all([1, 2].map(() => startGraphileWorker({ connectionString: db.url!, jobsCron: "* * * * *" })))));
      const runs = () =>
        db.prisma.$queryRawUnsafe<Run[]>(
          `SELECT job, status, result->>'scheduledFor' AS scheduled_for FROM job_run WHERE trigger = 'schedule' ORDER BY started_at`,
        );
      // Five owed minutes, each all six jobs, all finished.
      await expect
        .poll(
          async () => {
            const rows = await runs();
            return rows.length >= 5 * JOB_NAMES.length && rows.every((row) => row.status !== "running");
          },
          { timeout: 60_000, interval: 500 },
        )
        .toBe(true);
      // Time for a duplicate, had there been one, to arrive.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const rows = await runs();
      const perMinute = new Map<string, string[]>();
      for (const row of rows) perMinute.set(row.scheduled_for ?? "none", [...(perMinute.get(row.scheduled_for ?? "none") ?? []), row.job]);
      expect(perMinute.has("none")).toBe(false);
      expect(perMinute.size).toBeGreaterThanOrEqual(5);
      expect(perMinute.size).toBeLessThanOrEqual(6);
      for (const jobs of perMinute.values()) expect([...jobs].sort()).toEqual([...JOB_NAMES].sort());
      expect(new Set([...perMinute.keys()].map((ts) => new Date(ts).getUTCSeconds()))).toEqual(new Set([0]));
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  }, 90_000);
});

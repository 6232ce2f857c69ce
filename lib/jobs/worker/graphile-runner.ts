import { Logger, parseCrontab, run, type Runner } from "graphile-worker";
import { deliverUntilIdle } from "@/lib/outbox/deliver-outbox";
import { runJobs } from "../run-jobs";
import { toUtcCron } from "./cron";
import type { RunningWorker } from "./start-worker";

// graphile-worker's own chatter (every job started and finished) stays out of the server log.
const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[worker] ${message}`);
});

/**
 * The PostgreSQL worker: graphile-worker (docs/decisions/017). Its crontab, kept in the database
 * (known_crontabs), starts each scheduled run once across every instance, and a restart within
 * six hours of a missed run still makes it up; a queued job wakes a worker at once through
 * LISTEN/NOTIFY. Deliveries are a task over the outbox, whose own states carry the retries.
 */
export async function startGraphileWorker(options: { connectionString: string; jobsCron: string | null }): Promise<RunningWorker> {
  let stopping = false;
  const shouldStop = () => stopping;
  const crontab = [options.jobsCron ? `${toUtcCron(options.jobsCron)} run-jobs ?fill=6h&max=1` : null, "* * * * * deliver-outbox ?max=1"]
    .filter(Boolean)
    .join("\n");
  const runner: Runner = await run({
    connectionString: options.connectionString,
    maxPoolSize: 3,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2_000,
    logger,
    taskList: {
      "deliver-outbox": async (payload) => {
        const ids = (payload as { ids?: string[] } | null)?.ids;
        await deliverUntilIdle({ ids, shouldStop });
      },
      "run-jobs": async (payload) => {
        // Which scheduled time this is (a backfilled run says the one it makes up for).
        const scheduledFor = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
        const summaries = await runJobs({ trigger: "schedule", scheduledFor });
        const failed = summaries.filter((s) => s.status === "failed");
        if (failed.length > 0) throw new Error(`scheduled jobs failed: ${failed.map((s) => s.job).join(", ")} (see the job runs)`);
      },
    },
    parsedCronItems: parseCrontab(crontab),
  });
  return {
    kind: "graphile-worker",
    deliverNow: async (ids) => {
      // One pending "deliver everything due" job at a time is enough; named messages get their own.
      await runner.addJob("deliver-outbox", ids ? { ids } : {}, ids ? { maxAttempts: 1 } : { jobKey: "deliver-outbox-now", maxAttempts: 1 });
    },
    stop: async () => {
      stopping = true;
      await runner.stop();
    },
  };
}

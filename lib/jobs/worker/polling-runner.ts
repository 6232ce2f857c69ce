import { deliverUntilIdle } from "@/lib/outbox/deliver-outbox";
import { runJobs } from "../run-jobs";
import { cronMatches, parseCron } from "./cron";
import type { RunningWorker } from "./start-worker";
import { systemNow } from "@/lib/calendar/today";

/**
 * The embedded database's worker (docs/decisions/017: graphile-worker cannot run on PGlite). The
 * same delivery over the same outbox, polled every few seconds and woken at once when asked; the
 * jobs run at the minutes JOBS_CRON names in Beijing time. PGlite has one opener, so one
 * instance, and the jobs' advisory lock still stands.
 */
export function startPollingWorker(options: { jobsCron: string | null; pollSeconds: number; now?: () => Date }): RunningWorker {
  const clock = options.now ?? (() => systemNow());
  const schedule = options.jobsCron ? parseCron(options.jobsCron) : null;
  let stopping = false;
  let running: Promise<void> | null = null;
  let again = false;
  let jobs: Promise<unknown> | null = null;
  let lastMinute = -1;

  const deliver = (): Promise<void> => {
    if (stopping) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await deliverUntilIdle({ shouldStop: () => stopping }).catch((error: unknown) => console.error("[worker] outbox delivery failed", error));
      } while (again && !stopping);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const poll = setInterval(() => void deliver(), options.pollSeconds * 1_000);
  const minute = setInterval(() => {
    const now = clock();
    const stamp = Math.floor(now.getTime() / 60_000);
    if (!schedule || stopping || jobs || stamp === lastMinute || !cronMatches(schedule, now)) return;
    lastMinute = stamp;
    jobs = runJobs({ trigger: "schedule", now })
      .then(() => deliver())
      .catch((error: unknown) => console.error("[worker] scheduled jobs failed", error))
      .finally(() => {
        jobs = null;
      });
  }, 15_000);
  poll.unref();
  minute.unref();

  return {
    kind: "polling",
    deliverNow: async () => {
      void deliver();
    },
    stop: async () => {
      stopping = true;
      clearInterval(poll);
      clearInterval(minute);
      await Promise.all([running, jobs]);
    },
  };
}

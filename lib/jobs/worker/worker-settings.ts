import { parseCron, toUtcCron } from "./cron";

/**
 * WORKER=off keeps an instance from running scheduled work and deliveries (others still do);
 * JOBS_CRON (Beijing time, default "0 1 * * *"; "off" for none) when the dynamic-management jobs
 * run; OUTBOX_POLL_SECONDS (default 5) how often the embedded database's loop looks for due
 * messages (graphile-worker is woken at once by PostgreSQL and sweeps every minute).
 */
export interface WorkerSettings {
  enabled: boolean;
  jobsCron: string | null;
  pollSeconds: number;
}

export function workerSettings(env: Record<string, string | undefined> = process.env): WorkerSettings {
  const worker = env.WORKER?.trim().toLowerCase();
  if (worker && !["on", "off", "1", "0", "true", "false"].includes(worker)) throw new Error(`WORKER must be "on" or "off", not "${env.WORKER}"`);
  const cron = env.JOBS_CRON?.trim() || "0 1 * * *";
  const jobsCron = cron.toLowerCase() === "off" ? null : cron;
  // Checked at start, so a mistyped schedule stops the server instead of silently never running.
  if (jobsCron) {
    toUtcCron(jobsCron);
    parseCron(jobsCron);
  }
  const poll = Number(env.OUTBOX_POLL_SECONDS ?? 5);
  if (!Number.isFinite(poll) || poll <= 0) throw new Error(`OUTBOX_POLL_SECONDS must be a positive number, not "${env.OUTBOX_POLL_SECONDS}"`);
  return { enabled: !["off", "0", "false"].includes(worker ?? "on"), jobsCron, pollSeconds: poll };
}

/**
 * Runs the dynamic-management jobs once: `npm run jobs [-- --only expire-recognitions] [--today YYYY-MM-DD]`.
 * The portal's worker already runs them on JOBS_CRON (docs/decisions/017); this runs them at once.
 * Safe on every app instance: each job takes an advisory lock and does nothing a second time.
 * Exits non-zero when a job failed.
 */
import { parseArgs } from "node:util";
import { systemNow } from "@/lib/calendar/today";
import { useDatabase } from "@/lib/db/client";
import { JOB_NAMES, type JobName } from "@/lib/jobs/job-types";
import { runJobs } from "@/lib/jobs/run-jobs";
import { deliverUntilIdle } from "@/lib/outbox/deliver-outbox";
import { closeSmtpTransports } from "@/lib/outbox/smtp-transport";
import { openPortalDatabase } from "./support/portal-database";

const { values } = parseArgs({ options: { only: { type: "string", multiple: true }, today: { type: "string" } } });
const only = values.only?.filter((name): name is JobName => (JOB_NAMES as readonly string[]).includes(name));
if (values.only && only?.length !== values.only.length) {
  console.error(`Unknown job; the jobs are: ${JOB_NAMES.join(", ")}`);
  process.exit(2);
}
// --today lets an operator replay a missed day; the China date of noon that day.
const now = values.today ? new Date(`${values.today}T04:00:00Z`) : systemNow();
if (Number.isNaN(now.getTime())) {
  console.error("--today must be a date written YYYY-MM-DD");
  process.exit(2);
}

const db = await openPortalDatabase();
useDatabase(db);
try {
  const summaries = await runJobs({ trigger: "cli", now, only });
  for (const s of summaries) {
    const counts =
      Object.entries(s.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ") || "-";
    console.log(`${s.job.padEnd(24)} ${s.status.padEnd(10)} ${counts}${s.error ? `  ${s.error}` : ""}`);
  }
  if (summaries.some((s) => s.status === "failed")) process.exitCode = 1;
  // This process has no worker: what the jobs queued is delivered here (SMTP_URL), or waits in
  // the outbox for the portal's worker.
  if (process.env.SMTP_URL) {
    const delivered = await deliverUntilIdle();
    console.log(`emails: ${delivered.sent} sent, ${delivered.failed} to retry, ${delivered.dead} dead`);
  }
} finally {
  closeSmtpTransports();
  await db.close();
}

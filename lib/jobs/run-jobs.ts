import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { chinaDate, systemNow, wallClock } from "@/lib/calendar/today";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { annualDataDeadlineJob } from "./annual-data-deadline";
import { annualDataRemindersJob } from "./annual-data-reminders";
import { expireRecognitionsJob } from "./expire-recognitions";
import { JOB_NAMES, type JobCounts, type JobDefinition, type JobName } from "./job-types";
import { rereviewInvitationsJob } from "./rereview-invitations";
import { reviewDeadlinesJob } from "./review-deadlines";
import { sequenceAuditJob } from "./sequence-audit";
import { settleRereviewsJob } from "./settle-rereviews";

/**
 * One advisory lock for the dynamic-management jobs, distinct from the migration lock (730000)
 * and the audit sequencer's (730002). Taken per job with pg_try_advisory_xact_lock inside the job's
 * transaction: a second instance running the same job at the same moment skips it (and records
 * that it did) instead of doing the work twice; the lock goes with the transaction.
 */
export const JOB_LOCK_KEY = 730_600;

// Settling re-reviews first lets a renewal happen before the expiry job looks at the title.
const JOBS: Record<JobName, JobDefinition> = {
  "settle-rereviews": settleRereviewsJob,
  "expire-recognitions": expireRecognitionsJob,
  "annual-data-deadline": annualDataDeadlineJob,
  "annual-data-reminders": annualDataRemindersJob,
  "rereview-invitations": rereviewInvitationsJob,
  "review-deadlines": reviewDeadlinesJob,
  // Last, after the other jobs' audit entries (which it takes once they are past its lag).
  "sequence-audit": sequenceAuditJob,
};

export type JobTrigger = "cli" | "admin" | "test" | "schedule";

export interface JobRunSummary {
  id: string;
  job: JobName;
  status: "succeeded" | "skipped" | "failed";
  counts: JobCounts;
  error?: string;
}

/** Runs the jobs (all by default) one after another, each recorded in JobRun with its counts. */
export async function runJobs(options: {
  trigger: JobTrigger | string;
  now?: Date;
  only?: readonly JobName[];
  actorId?: string | null;
  /** The schedule's time this run is for (graphile-worker's cron timestamp), kept with each run. */
  scheduledFor?: string;
}): Promise<JobRunSummary[]> {
  const now = options.now ?? systemNow();
  const today = chinaDate(now);
  const db = await prisma();
  const summaries: JobRunSummary[] = [];
  for (const name of JOB_NAMES) {
    if (options.only && !options.only.includes(name)) continue;
    const run = await db.jobRun.create({ data: { job: name, status: "running", trigger: options.trigger, startedAt: wallClock() }, select: { id: true } });
    let summary: JobRunSummary;
    try {
      const counts = await db.$transaction(
        async (tx) => {
          const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${JOB_LOCK_KEY}::bigint) AS locked`;
          if (!lock?.locked) return null;
          return JOBS[name].run({ tx, today, now });
        },
        { timeout: 10 * 60_000, maxWait: 60_000 },
      );
      summary = counts === null ? { id: run.id, job: name, status: "skipped", counts: {} } : { id: run.id, job: name, status: "succeeded", counts };
    } catch (error) {
      console.error(`job ${name} failed`, error);
      summary = { id: run.id, job: name, status: "failed", counts: {}, error: error instanceof Error ? error.message.slice(0, 500) : String(error) };
    }
    await db.jobRun.update({
      where: { id: run.id },
      data: {
        status: summary.status,
        finishedAt: wallClock(),
        result: {
          today,
          counts: summary.counts,
          ...(summary.error ? { error: summary.error } : {}),
          ...(options.actorId ? { actorId: options.actorId } : {}),
          ...(options.scheduledFor ? { scheduledFor: options.scheduledFor } : {}),
          ...(summary.status === "skipped" ? { reason: "another instance holds the job lock" } : {}),
        } as Prisma.InputJsonValue,
      },
    });
    summaries.push(summary);
  }
  // The reminders and invitations just queued go out now rather than at the worker's next round.
  await requestDelivery();
  return summaries;
}

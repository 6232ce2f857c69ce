import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { QUEUE_STATUSES, type QueueStatus } from "@/lib/review/queue-filters";
import type { Tx } from "../db-types";
import { queueScope } from "./review-scope";

export type StatusCounts = Record<QueueStatus, number> & { all: number };

/** How many files of the official's jurisdiction are in each status (the queue's tabs). */
export async function countByStatus(actor: Actor, tx?: Tx): Promise<StatusCounts> {
  const where = queueScope(actor);
  const db = tx ?? (await prisma());
  const groups = await db.application.groupBy({ by: ["status"], where, _count: { _all: true } });
  const counts = Object.fromEntries(QUEUE_STATUSES.map((status) => [status, 0])) as StatusCounts;
  counts.all = 0;
  for (const group of groups) {
    if (group.status === "draft") continue;
    counts[group.status] = group._count._all;
    counts.all += group._count._all;
  }
  return counts;
}

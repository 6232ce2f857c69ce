import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { DomainError, staleVersion } from "@/lib/errors/domain-error";
import { transitionBatch, type BatchAction, type BatchContext, type BatchStatus } from "@/lib/workflow/batch-lifecycle";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";

const NO_GUARDS: BatchContext = { hasOpenObjection: false, noticePeriodEnded: true };

/**
 * Moves a batch through lib/workflow/batch-lifecycle: the machine decides, the update is
 * conditional on the status and version that were read (two officials at once: one wins, the
 * other is told the batch changed), and the audit row is written in the same transaction.
 */
export async function recordBatchTransition(
  tx: Tx,
  actor: Actor,
  batch: { id: string; status: BatchStatus; version: number },
  action: BatchAction,
  options: {
    expectedVersion: number;
    context?: BatchContext;
    data?: Prisma.BatchUncheckedUpdateManyInput;
    reason?: string | null;
    auditData?: Record<string, unknown>;
  },
): Promise<{ from: BatchStatus; to: BatchStatus; version: number }> {
  if (batch.version !== options.expectedVersion) throw staleVersion();
  const result = transitionBatch(batch.status, action, options.context ?? NO_GUARDS);
  if (!result.ok) {
    throw new DomainError("conflict", result.message, {
      from: result.from,
      allowed: result.allowed,
      ...(result.code === "guard-failed" ? { failed: result.failed } : {}),
      // The day a waiting guard lifts, for the form to show; an open objection has no date.
      ...(result.code === "guard-failed" && result.failed.includes("notice-period-running") && options.context?.announcePossibleFrom
        ? { possibleFrom: options.context.announcePossibleFrom }
        : {}),
    });
  }
  const changed = await tx.batch.updateMany({
    where: { id: batch.id, status: batch.status, version: batch.version },
    data: { ...options.data, status: result.to, version: { increment: 1 } },
  });
  if (changed.count === 0) throw staleVersion();
  await appendAudit(tx, actor, {
    action: `batch.${action}`,
    entityType: "batch",
    entityId: batch.id,
    fromStatus: batch.status,
    toStatus: result.to,
    reason: options.reason ?? null,
    data: options.auditData,
  });
  return { from: batch.status, to: result.to, version: batch.version + 1 };
}

/**
 * Entries change only while the batch is a draft. Bumping the version here makes a concurrent
 * "publish notice" on the older list fail instead of publishing a list nobody saw.
 */
export async function touchDraftBatch(tx: Tx, batchId: string): Promise<void> {
  const changed = await tx.batch.updateMany({ where: { id: batchId, status: "draft" }, data: { version: { increment: 1 } } });
  if (changed.count === 0) {
    throw new DomainError("conflict", {
      zh: "只有草稿状态的批次可以调整名单。",
      en: "Firms can only be added or removed while the batch is a draft.",
    });
  }
}

import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { loadBatchForManage } from "./batch-authority";
import { touchDraftBatch } from "./batch-transition";
import { systemNow } from "@/lib/calendar/today";

/**
 * The application status that means "decided, waiting for its batch to be announced"
 * (lib/workflow/application-lifecycle: approved → recognise → recognised).
 */
export const READY_STATUS = "approved" as const;

/** An open objection to the firm `a.company_id` lodged against another batch's list. */
const OPEN_OBJECTION_ELSEWHERE = `SELECT 1 FROM objection o JOIN batch_entry oe ON oe.id = o.entry_id
           WHERE oe.company_id = a.company_id AND o.status = 'open' AND o.batch_id <> $1::uuid`;

export const addBatchEntriesSchema = z.union([
  z.object({ batchId: z.string().uuid(), all: z.literal(true) }),
  z.object({ batchId: z.string().uuid(), applicationIds: z.array(z.string().uuid()).min(1).max(5_000) }),
]);

export const removeBatchEntrySchema = z.object({
  batchId: z.string().uuid(),
  entryId: z.string().uuid(),
  reason: z.string().trim().max(500).optional(),
});

/**
 * Adds ready applications of the batch's programme in one set-based statement: either the
 * ones named, or every ready one not already on another open (draft or notice) batch. A firm
 * removed earlier from this batch comes back (the removal is cleared). A firm with an open
 * objection on another batch — typically one withdrawn before the objection was decided — waits
 * until it is decided: withdrawing a batch and listing its firms again must not skip the
 * objection (docs/decisions/016).
 */
async function insertReady(tx: Tx, batchId: string, programmeId: string, applicationIds: string[] | null): Promise<number> {
  return tx.$executeRawUnsafe(
    `INSERT INTO batch_entry (id, batch_id, application_id, company_id)
     SELECT gen_random_uuid(), $1::uuid, a.id, a.company_id
       FROM application a
      WHERE a.programme_id = $2::uuid
        AND a.status = 'approved'
        AND ($3::uuid[] IS NULL OR a.id = ANY($3::uuid[]))
        AND NOT EXISTS (
          SELECT 1 FROM batch_entry e JOIN batch b ON b.id = e.batch_id
           WHERE e.application_id = a.id AND e.removed_at IS NULL AND b.status IN ('draft', 'notice') AND b.id <> $1::uuid)
        AND NOT EXISTS (SELECT 1 FROM batch_entry e WHERE e.batch_id = $1::uuid AND e.company_id = a.company_id AND e.removed_at IS NULL)
        AND NOT EXISTS (${OPEN_OBJECTION_ELSEWHERE})
     ON CONFLICT (batch_id, company_id) DO UPDATE
        SET removed_at = NULL, removed_reason = NULL, application_id = EXCLUDED.application_id`,
    batchId,
    programmeId,
    applicationIds,
  );
}

export async function addBatchEntries(actor: Actor, input: z.infer<typeof addBatchEntriesSchema>): Promise<{ added: number }> {
  const db = await prisma();
  return db.$transaction(
    async (tx) => {
      const batch = await loadBatchForManage(tx, actor, input.batchId);
      await touchDraftBatch(tx, batch.id);
      const ids = "applicationIds" in input ? [...new Set(input.applicationIds)] : null;
      const added = await insertReady(tx, batch.id, batch.programmeId, ids);
      if (ids && added < ids.length) {
        // All or nothing: naming an application that cannot be added is an error to fix, not to skip.
        throw new DomainError(
          "conflict",
          {
            zh: "所选申报中有未审核通过、不属于本项目、已在其他批次中或尚有未处理异议的，未作任何修改。",
            en: "Some of the chosen applications are not approved, belong to another programme, are already on another batch or have an objection still open; nothing was changed.",
          },
          { requested: ids.length, addable: added },
        );
      }
      await appendAudit(tx, actor, {
        action: "batch.add_entries",
        entityType: "batch",
        entityId: batch.id,
        data: { added, ...(ids && ids.length <= 100 ? { applicationIds: ids } : { all: ids === null }) },
      });
      return { added };
    },
    { timeout: 60_000 },
  );
}

/** Takes a firm off a draft batch; the row stays with the reason so the list's history is kept. */
export async function removeBatchEntry(actor: Actor, input: z.infer<typeof removeBatchEntrySchema>): Promise<void> {
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const batch = await loadBatchForManage(tx, actor, input.batchId);
    await touchDraftBatch(tx, batch.id);
    const removed = await tx.batchEntry.updateMany({
      where: { id: input.entryId, batchId: batch.id, removedAt: null },
      data: { removedAt: systemNow(), removedReason: input.reason || "从草稿名单中移除 / Removed from the draft list" },
    });
    if (removed.count === 0) throw new DomainError("not-found", { zh: "名单中没有该企业。", en: "That firm is not on the list." });
    await appendAudit(tx, actor, {
      action: "batch.remove_entry",
      entityType: "batch",
      entityId: batch.id,
      reason: input.reason ?? null,
      data: { entryId: input.entryId },
    });
  });
}

import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { loadBatchForManage } from "./batch-authority";
import { recordBatchTransition } from "./batch-transition";

export const withdrawBatchSchema = z.object({
  batchId: z.string().uuid(),
  expectedVersion: z.coerce.number().int().positive(),
  reason: z.string().trim().min(1, { error: "请填写撤销理由。 / A reason is required." }).max(1000),
});

/**
 * Withdraws a draft or noticed batch. Its firms' applications stay approved and can go on a
 * new batch (the entries of a withdrawn batch no longer count as "on a batch").
 */
export async function withdrawBatch(actor: Actor, input: z.infer<typeof withdrawBatchSchema>) {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const batch = await loadBatchForManage(tx, actor, input.batchId);
    return recordBatchTransition(tx, actor, batch, "withdraw", { expectedVersion: input.expectedVersion, reason: input.reason });
  });
}

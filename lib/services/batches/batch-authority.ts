import { may } from "@/lib/auth/permissions";
import { isRecordId } from "@/lib/domain/record-id";
import type { Actor } from "@/lib/auth/roles";
import type { Tier } from "@/generated/prisma/client";
import { notFound } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";

export const BATCH_WORD = { zh: "批次", en: "batch" } as const;

/**
 * Who issues a list is the permission table's `batch:manage` (rules.md, tier table): the
 * province for its own tier 1 and 2 lists, MIIT for the national little giants. `authorityCode`
 * is the issuing province, null for MIIT.
 */
export function mayManageBatch(actor: Actor, batch: { tier: Tier; authorityCode: string | null }): boolean {
  return may(actor, "batch:manage", { tier: batch.tier, provinceCode: batch.authorityCode });
}

const BATCH_SELECT = {
  id: true,
  programmeId: true,
  tier: true,
  year: true,
  authorityCode: true,
  ordinal: true,
  titleZh: true,
  titleEn: true,
  status: true,
  version: true,
  noticeStart: true,
  noticeEnd: true,
  announcedOn: true,
  programme: { select: { noticeWorkingDays: true, validityYears: true, nameZh: true, nameEn: true } },
} as const;

/** Loads a batch the caller manages; anyone else's is "not found", so ids cannot be probed. */
export async function loadBatchForManage(tx: Tx, actor: Actor, batchId: string) {
  if (!isRecordId(batchId)) throw notFound(BATCH_WORD);
  const batch = await tx.batch.findUnique({ where: { id: batchId }, select: BATCH_SELECT });
  if (!batch || !mayManageBatch(actor, batch)) throw notFound(BATCH_WORD);
  return batch;
}

export type ManagedBatch = Awaited<ReturnType<typeof loadBatchForManage>>;

import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { scopeFilter } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { scopeWhere } from "../scope-where";

export const batchListFiltersSchema = z.object({
  status: z.enum(["all", "draft", "notice", "announced", "withdrawn"]).catch("all"),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
export type BatchListFilters = z.infer<typeof batchListFiltersSchema>;

export const BATCH_PAGE_SIZE = 20;

/** The batches an official manages: MIIT's national ones, or the own province's tier 1–2 ones. */
export function managedBatchesWhere(actor: Actor): Prisma.BatchWhereInput | null {
  const scope = scopeFilter(actor, "batch:manage");
  return scope ? scopeWhere(scope, "authorityCode") : null;
}

export async function listBatches(actor: Actor, filters: BatchListFilters) {
  const scope = managedBatchesWhere(actor);
  if (!scope) return { rows: [], total: 0, page: 1, pageCount: 1 };
  const where: Prisma.BatchWhereInput = {
    AND: [scope, filters.status === "all" ? {} : { status: filters.status }, filters.year ? { year: filters.year } : {}],
  };
  const db = await prisma();
  const total = await db.batch.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / BATCH_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await db.batch.findMany({
    where,
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      tier: true,
      year: true,
      ordinal: true,
      status: true,
      noticeStart: true,
      noticeEnd: true,
      announcedOn: true,
      _count: { select: { entries: { where: { removedAt: null } }, objections: { where: { status: "open" } } } },
    },
    orderBy: [{ createdAt: "desc" }],
    skip: (page - 1) * BATCH_PAGE_SIZE,
    take: BATCH_PAGE_SIZE,
  });
  return { rows, total, page, pageCount };
}

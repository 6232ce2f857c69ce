import "server-only";
import { z } from "zod";
import { scopeFilter } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { scopeWhere } from "../scope-where";
import { mayManageBatch } from "./batch-authority";

export const createBatchSchema = z.object({
  programmeId: z.string().uuid({ error: "请选择项目。 / Choose a programme." }),
  titleZh: z.string().trim().max(120).optional(),
  titleEn: z.string().trim().max(160).optional(),
});

const PROGRAMME_WORD = { zh: "项目", en: "programme" };

/** The programmes whose batches this official may build: MIIT's national ones, or the own province's. */
export async function listManageableProgrammes(actor: Actor) {
  const db = await prisma();
  const scope = scopeFilter(actor, "batch:manage");
  if (!scope) return [];
  const where = scopeWhere(scope, "regionCode");
  return db.programme.findMany({
    where,
    select: { id: true, code: true, tier: true, year: true, nameZh: true, nameEn: true, noticeWorkingDays: true },
    orderBy: [{ year: "desc" }, { tier: "asc" }],
  });
}

/**
 * A new draft batch for a programme. Its ordinal counts the batches of the same authority,
 * tier and year (taken under a lock, so two officials at once do not both get "batch 2").
 */
export async function createBatch(actor: Actor, input: z.infer<typeof createBatchSchema>): Promise<{ id: string; ordinal: number }> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.findUnique({
      where: { id: input.programmeId },
      select: { id: true, tier: true, year: true, regionCode: true, nameZh: true, nameEn: true },
    });
    if (!programme) throw notFound(PROGRAMME_WORD);
    const authorityCode = programme.tier === "little_giant" ? null : programme.regionCode;
    if (!mayManageBatch(actor, { tier: programme.tier, authorityCode })) throw notFound(PROGRAMME_WORD);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(730002)`;
    const ordinal = 1 + (await tx.batch.count({ where: { tier: programme.tier, year: programme.year, authorityCode } }));
    const batch = await tx.batch.create({
      data: {
        programmeId: programme.id,
        tier: programme.tier,
        year: programme.year,
        authorityCode,
        ordinal,
        titleZh: input.titleZh || `${programme.nameZh}（第${ordinal}批）`,
        titleEn: input.titleEn || `${programme.nameEn}, batch ${ordinal}`,
        createdById: actor.id,
      },
      select: { id: true, ordinal: true },
    });
    await appendAudit(tx, actor, {
      action: "batch.create",
      entityType: "batch",
      entityId: batch.id,
      toStatus: "draft",
      data: { programmeId: programme.id, ordinal },
    });
    return batch;
  });
}

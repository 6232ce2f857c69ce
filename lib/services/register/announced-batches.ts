import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { isoOf } from "@/lib/calendar/today";
import { AUTHORITY_MIIT } from "@/lib/domain/register/labels";
import { regionNames } from "./register-rows";
import { REGISTER_TIERS } from "@/lib/domain/register/register-query";

export const batchBrowseSchema = z.object({
  authority: z.preprocess((v) => (v === "" ? undefined : v), z.union([z.literal("national"), z.string().regex(/^\d{6}$/)]).optional()).catch(undefined),
  tier: z.preprocess((v) => (v === "" ? undefined : v), z.enum(REGISTER_TIERS).optional()).catch(undefined),
  year: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});
export type BatchBrowse = z.infer<typeof batchBrowseSchema>;

export const BATCHES_PER_PAGE = 30;

/** Announced lists by issuing authority, tier and year: the published lists as issued. */
export async function announcedBatches(filters: BatchBrowse) {
  const db = await prisma();
  const where: Prisma.BatchWhereInput = {
    status: "announced",
    ...(filters.authority ? { authorityCode: filters.authority === "national" ? null : filters.authority } : {}),
    ...(filters.tier ? { tier: filters.tier } : {}),
    ...(filters.year ? { year: filters.year } : {}),
  };
  const total = await db.batch.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / BATCHES_PER_PAGE));
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
      authorityCode: true,
      announcedOn: true,
      _count: { select: { recognitions: true } },
    },
    orderBy: [{ announcedOn: "desc" }, { ordinal: "desc" }],
    skip: (page - 1) * BATCHES_PER_PAGE,
    take: BATCHES_PER_PAGE,
  });
  const authorities = await db.batch.findMany({ where: { status: "announced" }, distinct: ["authorityCode"], select: { authorityCode: true } });
  const years = await db.batch.findMany({ where: { status: "announced" }, distinct: ["year"], select: { year: true }, orderBy: { year: "desc" } });
  return {
    rows: rows.map((b) => ({
      ...b,
      announcedOn: b.announcedOn ? isoOf(b.announcedOn) : null,
      authority: b.authorityCode ? regionNames(b.authorityCode) : AUTHORITY_MIIT,
      firms: b._count.recognitions,
    })),
    total,
    page,
    pageCount,
    authorities: authorities.map((a) => ({ code: a.authorityCode ?? "national", name: a.authorityCode ? regionNames(a.authorityCode) : AUTHORITY_MIIT })),
    years: years.map((y) => y.year),
  };
}

/** The heading of one announced batch's public page. */
export async function announcedBatch(batchId: string) {
  const db = await prisma();
  const batch = await db.batch.findFirst({
    where: { id: batchId, status: "announced" },
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      tier: true,
      year: true,
      authorityCode: true,
      announcedOn: true,
      noticeStart: true,
      noticeEnd: true,
      _count: { select: { recognitions: true } },
    },
  });
  if (!batch) return null;
  return {
    ...batch,
    announcedOn: batch.announcedOn ? isoOf(batch.announcedOn) : null,
    authority: batch.authorityCode ? regionNames(batch.authorityCode) : AUTHORITY_MIIT,
  };
}

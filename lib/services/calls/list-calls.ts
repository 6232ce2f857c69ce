import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { CALL_STATES } from "@/lib/domain/calls/call-state";
import { TIERS } from "@/lib/domain/tier";
import { prisma } from "@/lib/db/client";
import { tierToDb } from "../tier";
import { manageableCalls } from "./call-access";
import { CALL_SELECT, callView, type CallView } from "./call-row";

export const CALL_PAGE_SIZE = 20;

export const callFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  tier: z.enum(TIERS).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  state: z.enum(CALL_STATES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type CallFilters = z.infer<typeof callFiltersSchema>;

/** The calls an administrator manages, by name or code, tier, year and state, newest first. */
export async function listCalls(
  actor: Actor,
  filters: CallFilters,
  now = systemNow(),
): Promise<{ rows: CallView[]; total: number; page: number; pages: number }> {
  const db = await prisma();
  const today = chinaDate(now);
  const day = dateOf(today);
  const state: Prisma.ProgrammeWhereInput =
    filters.state === "scheduled"
      ? { opensOn: { gt: day } }
      : filters.state === "open"
        ? { opensOn: { lte: day }, closesOn: { gte: day } }
        : filters.state === "closed"
          ? { closesOn: { lt: day } }
          : {};
  const where: Prisma.ProgrammeWhereInput = {
    AND: [
      manageableCalls(actor),
      filters.tier ? { tier: tierToDb(filters.tier) } : {},
      filters.year ? { year: filters.year } : {},
      filters.q
        ? {
            OR: [
              { nameZh: { contains: filters.q } },
              { nameEn: { contains: filters.q, mode: "insensitive" } },
              { code: { contains: filters.q.toLowerCase() } },
            ],
          }
        : {},
      state,
    ],
  };
  const total = await db.programme.count({ where });
  const pages = Math.max(1, Math.ceil(total / CALL_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await db.programme.findMany({
    where,
    select: CALL_SELECT,
    orderBy: [{ year: "desc" }, { opensOn: "desc" }, { code: "asc" }],
    skip: (page - 1) * CALL_PAGE_SIZE,
    take: CALL_PAGE_SIZE,
  });
  return { rows: rows.map((r) => callView(r, today)), total, page, pages };
}

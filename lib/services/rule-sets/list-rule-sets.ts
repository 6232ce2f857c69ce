import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { TIERS } from "@/lib/rules";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { tierFromDb, tierToDb } from "../tier";
import { mayManageRuleSet, readableRuleSets } from "./rule-set-access";
import { displayStatuses, type DisplayStatus } from "@/lib/domain/rule-sets/rule-set-status";

export const RULE_SET_PAGE_SIZE = 20;

export const ruleSetFiltersSchema = z.object({
  tier: z.enum(TIERS).optional().catch(undefined),
  /** "national", or a 6-digit province code. */
  region: z
    .union([z.literal("national"), z.string().regex(/^\d{6}$/)])
    .optional()
    .catch(undefined),
  status: z.enum(["draft", "scheduled", "in-force", "retired"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type RuleSetFilters = z.infer<typeof ruleSetFiltersSchema>;

export interface RuleSetListRow {
  id: string;
  code: string;
  revision: number;
  tier: (typeof TIERS)[number];
  edition: string;
  regionCode: string | null;
  title: { zh: string; en: string };
  status: DisplayStatus;
  effectiveFrom: string | null;
  publishedAt: Date | null;
  canManage: boolean;
}

const SELECT = {
  id: true,
  code: true,
  revision: true,
  tier: true,
  edition: true,
  regionCode: true,
  titleZh: true,
  titleEn: true,
  status: true,
  effectiveFrom: true,
  publishedAt: true,
} as const;

/**
 * Rule sets the administrator may see, by tier, region and derived status, newest first. Status
 * is derived from every revision of a code, so all revisions of the matching codes are read (a
 * few dozen rows), and paginated after filtering.
 */
export async function listRuleSets(actor: Actor, filters: RuleSetFilters, now = systemNow()) {
  const db = await prisma();
  const where: Prisma.RuleSetWhereInput = {
    AND: [
      readableRuleSets(actor),
      filters.tier ? { tier: tierToDb(filters.tier) } : {},
      filters.region === "national" ? { regionCode: null } : filters.region ? { regionCode: filters.region } : {},
    ],
  };
  const rows = await db.ruleSet.findMany({ where, select: SELECT, orderBy: [{ tier: "asc" }, { code: "asc" }, { revision: "desc" }], take: 2000 });
  const statuses = displayStatuses(rows, chinaDate(now));
  const all: RuleSetListRow[] = rows
    .map((r) => ({
      id: r.id,
      code: r.code,
      revision: r.revision,
      tier: tierFromDb(r.tier),
      edition: r.edition,
      regionCode: r.regionCode,
      title: { zh: r.titleZh, en: r.titleEn },
      status: statuses.get(r.id)!,
      effectiveFrom: r.effectiveFrom ? isoOf(r.effectiveFrom) : null,
      publishedAt: r.publishedAt,
      canManage: mayManageRuleSet(actor, r),
    }))
    .filter((r) => !filters.status || r.status === filters.status);
  const pages = Math.max(1, Math.ceil(all.length / RULE_SET_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  return { rows: all.slice((page - 1) * RULE_SET_PAGE_SIZE, page * RULE_SET_PAGE_SIZE), total: all.length, page, pages };
}

import "server-only";
import { prisma } from "@/lib/db/client";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { industryNames, regionNames } from "./register-rows";
import { TIER_LABELS } from "@/lib/domain/register/labels";
import { DB_TIERS } from "@/lib/domain/tier";

export interface StatisticRow {
  key: string;
  label: { zh: string; en: string };
  count: number;
}

/**
 * Figures for /statistics. Titles valid today are counted by province, tier and industry;
 * recognitions announced are counted by year and tier (including titles that have since ended).
 */
export async function registerStatistics(now = systemNow()) {
  const db = await prisma();
  const today = dateOf(chinaDate(now));
  const valid = { OR: [{ status: "under_rereview" as const }, { status: "active" as const, validUntil: { gte: today } }] };
  const [byProvince, byTier, byIndustry, byYear] = await Promise.all([
    db.recognition.groupBy({ by: ["provinceCode"], where: valid, _count: { _all: true } }),
    db.recognition.groupBy({ by: ["tier"], where: valid, _count: { _all: true } }),
    db.recognition.groupBy({ by: ["industryCode"], where: valid, _count: { _all: true } }),
    db.recognition.groupBy({ by: ["year", "tier"], _count: { _all: true } }),
  ]);
  const sortDesc = (rows: StatisticRow[]) => rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const years = [...new Set(byYear.map((r) => r.year))].sort((a, b) => a - b);
  return {
    byProvince: sortDesc(byProvince.map((r) => ({ key: r.provinceCode, label: regionNames(r.provinceCode), count: r._count._all }))),
    byTier: DB_TIERS.map((tier) => ({ key: tier, label: TIER_LABELS[tier], count: byTier.find((r) => r.tier === tier)?._count._all ?? 0 })),
    byIndustry: sortDesc(byIndustry.map((r) => ({ key: r.industryCode, label: industryNames(r.industryCode), count: r._count._all }))),
    byYear: years.map((year) => {
      const of = (tier: string) => byYear.find((r) => r.year === year && r.tier === tier)?._count._all ?? 0;
      return { year, innovative: of("innovative"), specialized: of("specialized"), little_giant: of("little_giant") };
    }),
  };
}

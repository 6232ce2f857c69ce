import "server-only";
import { prisma } from "@/lib/db/client";
import type { Tier } from "@/lib/rules";
import { dateOf } from "@/lib/calendar/today";
import { tierFromDb } from "../tier";

export interface OpenProgramme {
  code: string;
  tier: Tier;
  year: number;
  regionCode: string | null;
  regionName: { zh: string; en: string } | null;
  name: { zh: string; en: string };
}

/** Programmes taking applications on the day (Beijing date), national first, for public pages. */
export async function listOpenProgrammes(today: string): Promise<OpenProgramme[]> {
  const db = await prisma();
  const day = dateOf(today);
  const rows = await db.programme.findMany({
    where: { opensOn: { lte: day }, closesOn: { gte: day } },
    select: { code: true, tier: true, year: true, regionCode: true, nameZh: true, nameEn: true },
    orderBy: [{ tier: "asc" }, { regionCode: { sort: "asc", nulls: "first" } }, { code: "asc" }],
    take: 500,
  });
  const codes = [...new Set(rows.flatMap((r) => (r.regionCode ? [r.regionCode] : [])))];
  const regions = await db.region.findMany({ where: { code: { in: codes } }, select: { code: true, nameZh: true, nameEn: true } });
  const names = new Map(regions.map((r) => [r.code, { zh: r.nameZh, en: r.nameEn }]));
  return rows.map((r) => ({
    code: r.code,
    tier: tierFromDb(r.tier),
    year: r.year,
    regionCode: r.regionCode,
    regionName: r.regionCode ? (names.get(r.regionCode) ?? { zh: r.regionCode, en: r.regionCode }) : null,
    name: { zh: r.nameZh, en: r.nameEn },
  }));
}

import "server-only";
import type { Prisma, Tier } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { scopeFilter } from "@/lib/auth/permissions";
import { queueScope, requireStaff } from "./review-scope";
import { tierToDb } from "../tier";

export interface QueueOptions {
  programmes: { id: string; nameZh: string; nameEn: string; year: number; tier: Tier }[];
  years: number[];
  /** Cities the official may filter by: none for a city official, who sees one city anyway. */
  cities: { code: string; nameZh: string; nameEn: string }[];
}

/** GB/T 2260: the first two digits of any region code are its province's. */
const provinceOfCode = (code: string) => `${code.slice(0, 2)}0000`;

/** The choices the queue's filter form offers this official. */
export async function queueFilterOptions(actor: Actor): Promise<QueueOptions> {
  requireStaff(actor);
  queueScope(actor);
  const db = await prisma();
  const scope = scopeFilter(actor, "queue:read")!;
  const province = actor.jurisdictionCode ? provinceOfCode(actor.jurisdictionCode) : null;
  // Programmes whose files reach this official: the tiers their grant covers; for a city or a
  // province, its province's programmes and the national ones its firms apply to.
  const programmeWhere: Prisma.ProgrammeWhereInput = {
    ...(scope.tiers ? { tier: { in: scope.tiers.map(tierToDb) } } : {}),
    ...(province ? { OR: [{ regionCode: province }, { regionCode: null }] } : {}),
  };
  const [programmes, cities] = await Promise.all([
    db.programme.findMany({
      where: programmeWhere,
      select: { id: true, nameZh: true, nameEn: true, year: true, tier: true },
      orderBy: [{ year: "desc" }, { code: "asc" }],
    }),
    // A city official sees one city anyway; a province chooses among its cities; the ministry among all.
    scope.cityCode !== undefined
      ? []
      : db.region.findMany({
          where: { level: "city", ...(scope.provinceCode !== undefined ? { parentCode: scope.provinceCode } : {}) },
          select: { code: true, nameZh: true, nameEn: true },
          orderBy: { code: "asc" },
        }),
  ]);
  const years = [...new Set(programmes.map((p) => p.year))].sort((a, b) => b - a);
  return { programmes, years, cities };
}

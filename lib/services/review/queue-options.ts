import "server-only";
import type { Prisma, Tier } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { queueScope, requireStaff } from "./review-scope";

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
  const province = actor.jurisdictionCode ? provinceOfCode(actor.jurisdictionCode) : null;
  // Programmes whose files reach this official: the ministry's national tier; for a city or a
  // province, its province's programmes and the national ones its firms apply to.
  const programmeWhere: Prisma.ProgrammeWhereInput =
    actor.role === "ministry" ? { tier: "little_giant" } : { OR: [{ regionCode: province }, { regionCode: null }] };
  const [programmes, cities] = await Promise.all([
    db.programme.findMany({
      where: programmeWhere,
      select: { id: true, nameZh: true, nameEn: true, year: true, tier: true },
      orderBy: [{ year: "desc" }, { code: "asc" }],
    }),
    actor.role === "municipal"
      ? []
      : db.region.findMany({
          where: { level: "city", ...(actor.role === "provincial" ? { parentCode: actor.jurisdictionCode } : {}) },
          select: { code: true, nameZh: true, nameEn: true },
          orderBy: { code: "asc" },
        }),
  ]);
  const years = [...new Set(programmes.map((p) => p.year))].sort((a, b) => b - a);
  return { programmes, years, cities };
}

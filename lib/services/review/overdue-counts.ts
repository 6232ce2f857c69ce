import "server-only";
import { scopeFilter } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import type { ReviewLevel } from "@/lib/domain/roles";
import { dueSoonUntil, LEVEL_STATUS, levelOfStatus } from "@/lib/domain/review-timing/level-timing";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { queueScope, requireStaff } from "./review-scope";

/** The levels whose files an official's queue holds: their own and those below it. */
const LEVELS_SEEN: Record<"municipal" | "provincial" | "ministry", readonly ReviewLevel[]> = {
  municipal: ["municipal"],
  provincial: ["municipal", "provincial"],
  ministry: ["municipal", "provincial", "ministry"],
};

export interface OverdueByArea {
  code: string;
  nameZh: string;
  nameEn: string;
  overdue: Partial<Record<ReviewLevel, number>>;
  total: number;
}

export interface OverdueCounts {
  levels: readonly ReviewLevel[];
  /** At each level: files past their due date, and files due within three working days. */
  byLevel: Record<ReviewLevel, { overdue: number; dueSoon: number }>;
  /** Overdue files per city (a province's view) or per province (the ministry's); none for a city. */
  areaKind: "city" | "province" | null;
  byArea: OverdueByArea[];
}

/**
 * How many files in the official's reach are past their level's due date, by level and by the
 * area below them (issue 14; docs/decisions/029): two grouped counts on the indexed due date.
 */
export async function overdueCounts(actor: Actor, now: Date = systemNow()): Promise<OverdueCounts> {
  requireStaff(actor);
  const levels = LEVELS_SEEN[actor.role];
  // The area below the official's reach: a city sees only itself, a province its cities, the nation its provinces.
  const scope = scopeFilter(actor, "queue:read")!;
  const areaKind = scope.cityCode !== undefined ? null : scope.provinceCode !== undefined ? "city" : "province";
  const db = await prisma();
  const today = chinaDate(now);
  const soonUntil = dueSoonUntil(today, await loadHolidayCalendar(db));
  const waiting = { AND: [queueScope(actor), { status: { in: levels.map((level) => LEVEL_STATUS[level]) } }] };
  const [overdue, soon] = await Promise.all([
    db.application.groupBy({
      by: ["status", "cityCode", "provinceCode"],
      where: { AND: [waiting, { levelDueOn: { lt: dateOf(today) } }] },
      _count: { _all: true },
    }),
    db.application.groupBy({
      by: ["status"],
      where: { AND: [waiting, { levelDueOn: { gte: dateOf(today), lte: dateOf(soonUntil) } }] },
      _count: { _all: true },
    }),
  ]);
  const byLevel = { municipal: { overdue: 0, dueSoon: 0 }, provincial: { overdue: 0, dueSoon: 0 }, ministry: { overdue: 0, dueSoon: 0 } };
  const areas = new Map<string, OverdueByArea>();
  for (const group of overdue) {
    const level = levelOfStatus(group.status)!;
    byLevel[level].overdue += group._count._all;
    if (!areaKind) continue;
    const code = areaKind === "city" ? group.cityCode : group.provinceCode;
    const area = areas.get(code) ?? { code, nameZh: code, nameEn: code, overdue: {}, total: 0 };
    area.overdue[level] = (area.overdue[level] ?? 0) + group._count._all;
    area.total += group._count._all;
    areas.set(code, area);
  }
  for (const group of soon) byLevel[levelOfStatus(group.status)!].dueSoon += group._count._all;
  if (areas.size > 0) {
    const names = await db.region.findMany({ where: { code: { in: [...areas.keys()] } }, select: { code: true, nameZh: true, nameEn: true } });
    for (const name of names) Object.assign(areas.get(name.code)!, { nameZh: name.nameZh, nameEn: name.nameEn });
  }
  const byArea = [...areas.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  return { levels, byLevel, areaKind, byArea };
}

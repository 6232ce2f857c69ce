import "server-only";
import type { ApplicationStatus, Prisma, Tier } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import type { QueueFilters } from "@/lib/review/queue-filters";
import type { Tx } from "../db-types";
import { queueScope } from "./review-scope";
import { countByStatus, type StatusCounts } from "./status-counts";
import { escapeLike } from "@/lib/db/escape-like";
import type { HolidayCalendar } from "@/lib/calendar/holiday-calendar";
import type { IsoDate } from "@/lib/calendar/iso-date";
import { chinaDate, dateOf, isoOf, systemNow } from "@/lib/calendar/today";
import { dueSoonUntil, dueState, workingDaysAtLevel, type DueState } from "@/lib/domain/review-timing/level-timing";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";

export interface QueueRow {
  id: string;
  status: ApplicationStatus;
  /** The version the official saw, sent back with a decision from the queue. */
  version: number;
  tier: Tier;
  year: number;
  programme: { id: string; nameZh: string; nameEn: string };
  company: { nameZh: string; creditCode: string };
  city: { code: string; nameZh: string; nameEn: string };
  score: number | null;
  outcome: string | null;
  submittedAt: Date | null;
  assignedTo: { id: string; name: string } | null;
  /** While the file waits at a level: when it arrived, working days there so far, and its due date (null when the call sets none). */
  atLevel: { arrivedOn: IsoDate; workingDays: number; dueOn: IsoDate | null; state: DueState | null } | null;
}

export interface QueuePage {
  rows: QueueRow[];
  /** Files matching the filters, over all pages. */
  total: number;
  /** The page shown: the requested one, or the last when it asked beyond the end. */
  page: number;
  pageSize: number;
  pageCount: number;
  /** Files of the jurisdiction by status, whatever the other filters. */
  counts: StatusCounts;
}

const ROW_SELECT = {
  id: true,
  status: true,
  version: true,
  tier: true,
  year: true,
  cityCode: true,
  score: true,
  outcome: true,
  submittedAt: true,
  assignedToId: true,
  levelArrivedAt: true,
  levelDueOn: true,
  programme: { select: { id: true, nameZh: true, nameEn: true } },
  company: { select: { nameZh: true, creditCode: true } },
} as const satisfies Prisma.ApplicationSelect;

/** Today in Beijing and the last due date that counts as "due soon", for the due-date filter. */
export interface QueueDay {
  today: IsoDate;
  soonUntil: IsoDate;
}

export const queueDay = (now: Date, calendar: HolidayCalendar): QueueDay => ({ today: chinaDate(now), soonUntil: dueSoonUntil(chinaDate(now), calendar) });

/** The filters as one database condition, always inside the official's jurisdiction. */
export function queueWhere(actor: Actor, filters: QueueFilters, day: QueueDay): Prisma.ApplicationWhereInput {
  const conditions: Prisma.ApplicationWhereInput[] = [queueScope(actor)];
  if (filters.status !== "all") conditions.push({ status: filters.status });
  if (filters.programmeId) conditions.push({ programmeId: filters.programmeId });
  if (filters.year !== undefined) conditions.push({ year: filters.year });
  if (filters.city) conditions.push({ cityCode: filters.city });
  if (filters.scoreMin !== undefined) conditions.push({ score: { gte: filters.scoreMin } });
  if (filters.scoreMax !== undefined) conditions.push({ score: { lte: filters.scoreMax } });
  if (filters.outcome) conditions.push({ outcome: filters.outcome });
  if (filters.assigned === "me") conditions.push({ assignedToId: actor.id });
  if (filters.due === "overdue") conditions.push({ levelDueOn: { lt: dateOf(day.today) } });
  if (filters.due === "soon") conditions.push({ levelDueOn: { gte: dateOf(day.today), lte: dateOf(day.soonUntil) } });
  if (filters.q) {
    // Part of the Chinese name (any position), or of the credit code (always upper case), or the
    // file's whole reference number. Prisma passes LIKE wildcards through, so a typed "%" or "_"
    // is escaped to mean itself.
    const text = escapeLike(filters.q);
    conditions.push({
      OR: [
        { company: { nameZh: { contains: text, mode: "insensitive" } } },
        { company: { creditCode: { contains: text.toUpperCase() } } },
        { reference: filters.q.trim().toUpperCase() },
      ],
    });
  }
  return { AND: conditions };
}

function queueOrder(filters: QueueFilters): Prisma.ApplicationOrderByWithRelationInput[] {
  const dir = filters.dir;
  // The id breaks ties so pages never overlap or skip a row.
  switch (filters.sort) {
    case "score":
      return [{ score: { sort: dir, nulls: "last" } }, { submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }];
    case "name":
      return [{ company: { nameZh: dir } }, { id: "asc" }];
    case "submitted":
      return [{ submittedAt: { sort: dir, nulls: "last" } }, { id: "asc" }];
    case "due":
      return [{ levelDueOn: { sort: dir, nulls: "last" } }, { levelArrivedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }];
  }
}

/**
 * One page of the review queue: the official's jurisdiction and level (city, province, or the
 * national little-giant tier for the ministry), filtered, searched, sorted, with the total and
 * the counts by status.
 */
export async function listQueue(actor: Actor, filters: QueueFilters, now: Date = systemNow()): Promise<QueuePage> {
  const db = await prisma();
  const calendar = await loadHolidayCalendar(db);
  const day = queueDay(now, calendar);
  const where = queueWhere(actor, filters, day);
  const [total, counts] = await Promise.all([db.application.count({ where }), countByStatus(actor, db)]);
  const pageCount = Math.max(1, Math.ceil(total / filters.size));
  const page = Math.min(filters.page, pageCount);
  const found = await db.application.findMany({
    where,
    orderBy: queueOrder(filters),
    skip: (page - 1) * filters.size,
    take: filters.size,
    select: ROW_SELECT,
  });
  const rows = await withNames(db, found, { today: day.today, calendar });
  return { rows, total, page, pageSize: filters.size, pageCount, counts };
}

type FoundRow = Prisma.ApplicationGetPayload<{ select: typeof ROW_SELECT }>;

/** City and reviewer names for a page of rows, in two small lookups; the time at level counted for `today`. */
export async function withNames(db: Tx, found: FoundRow[], clock: { today: IsoDate; calendar: HolidayCalendar }): Promise<QueueRow[]> {
  const cityCodes = [...new Set(found.map((row) => row.cityCode))];
  const assigneeIds = [...new Set(found.flatMap((row) => (row.assignedToId ? [row.assignedToId] : [])))];
  const [cities, assignees] = await Promise.all([
    cityCodes.length ? db.region.findMany({ where: { code: { in: cityCodes } }, select: { code: true, nameZh: true, nameEn: true } }) : [],
    assigneeIds.length ? db.user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, name: true } }) : [],
  ]);
  const cityByCode = new Map(cities.map((city) => [city.code, city]));
  const nameById = new Map(assignees.map((user) => [user.id, user.name]));
  return found.map((row) => ({
    id: row.id,
    status: row.status,
    version: row.version,
    tier: row.tier,
    year: row.year,
    programme: row.programme,
    company: row.company,
    city: cityByCode.get(row.cityCode) ?? { code: row.cityCode, nameZh: row.cityCode, nameEn: row.cityCode },
    score: row.score === null ? null : Number(row.score),
    outcome: row.outcome,
    submittedAt: row.submittedAt,
    assignedTo: row.assignedToId ? { id: row.assignedToId, name: nameById.get(row.assignedToId) ?? "" } : null,
    atLevel: timeAtLevel(row, clock.today, clock.calendar),
  }));
}

function timeAtLevel(row: FoundRow, today: IsoDate, calendar: HolidayCalendar): QueueRow["atLevel"] {
  if (!row.levelArrivedAt) return null;
  const arrivedOn = chinaDate(row.levelArrivedAt);
  const dueOn = row.levelDueOn ? isoOf(row.levelDueOn) : null;
  return { arrivedOn, workingDays: workingDaysAtLevel(arrivedOn, today, calendar), dueOn, state: dueOn ? dueState(dueOn, today, calendar) : null };
}

export { ROW_SELECT as QUEUE_ROW_SELECT };

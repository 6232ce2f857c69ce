import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { database, prisma } from "@/lib/db/client";
import { chinaDate, systemNow } from "@/lib/calendar/today";
import { registerQueryToParams, type RegisterQuery } from "@/lib/domain/register/register-query";
import { readRegisterVersion } from "./register-version";
import { createSearchCache } from "./search-cache";
import { registerPageSql, registerRowsSql, toRegisterRow, type RegisterRow, type RegisterRowRecord } from "./register-rows";
import { registerOrderBy, registerWhere } from "./register-where";

export interface RegisterPage {
  rows: RegisterRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

// REGISTER_CACHE_SECONDS=0 turns the cache off (the benchmark measures both ways).
const maxAgeSeconds = Number(process.env.REGISTER_CACHE_SECONDS ?? 60);
const cache = createSearchCache<RegisterPage>({ maxEntries: 2_000, maxAgeMs: maxAgeSeconds * 1_000 });
// Counting is the costly half of a broad search (a common word matches tens of thousands of
// names), and every page, sort and page size of one search shares the same count.
const counts = createSearchCache<number>({ maxEntries: 2_000, maxAgeMs: maxAgeSeconds * 1_000 });

/**
 * One page of a public register search; asking past the end gives the last page. A page (and a
 * search's count) is reused while the register's version is unchanged (search-cache.ts); else two
 * queries: the count on the recognition table alone, and the page with its company and batch
 * joined (the first page at the same time as the count).
 */
export async function searchRegister(query: RegisterQuery, now = systemNow()): Promise<RegisterPage> {
  const today = chinaDate(now);
  if (maxAgeSeconds <= 0) return runSearch(query, today);
  const key = `${await readRegisterVersion((await database()).sql)}|${today}|`;
  const countOnce = (count: () => Promise<number>) => counts.get(key + registerQueryToParams(filtersOf(query)).toString(), count).value;
  return cache.get(key + registerQueryToParams(query).toString(), () => runSearch(query, today, countOnce)).value;
}

/** What decides which recognitions match, without how they are ordered and paged. */
function filtersOf(query: RegisterQuery): Partial<RegisterQuery> {
  return { ...query, sort: undefined, dir: undefined, page: undefined, pageSize: undefined };
}

async function runSearch(query: RegisterQuery, today: string, countOnce = (count: () => Promise<number>) => count()): Promise<RegisterPage> {
  const db = await prisma();
  const where = registerWhere(query, today);
  // Ordered by name, the company must be joined to pick the page; any other order is on `r` alone.
  const pageSql = query.sort === "name" ? registerRowsSql : registerPageSql;
  const pageRows = (page: number) =>
    db.$queryRaw<RegisterRowRecord[]>(pageSql(where, registerOrderBy(query), { limit: query.pageSize, offset: (page - 1) * query.pageSize }));
  const count = countOnce(
    async () => (await db.$queryRaw<[{ total: number }]>(Prisma.sql`SELECT count(*)::int AS total FROM recognition r WHERE ${where}`))[0].total,
  );
  // The first page (most searches) is read while counting; a later one may lie past the end,
  // which must not cost a scan to an offset that is then thrown away, so it waits for the count.
  const first = query.page === 1 ? pageRows(1) : null;
  // If the count fails first, the page's own failure must not go unhandled (it would end the process).
  first?.catch(() => undefined);
  const total = await count;
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await (first ?? pageRows(page));
  return { rows: rows.map((row) => toRegisterRow(row, today)), total, page, pageSize: query.pageSize, pageCount };
}

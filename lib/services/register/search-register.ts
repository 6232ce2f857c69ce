import "server-only";
import { prisma } from "@/lib/db/client";
import { chinaDate } from "../calendar/today";
import type { RegisterQuery } from "./register-query";
import { REGISTER_ROW_SELECT, toRegisterRow, type RegisterRow } from "./register-rows";
import { registerOrderBy, registerWhere } from "./register-where";

export interface RegisterPage {
  rows: RegisterRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** One page of a public register search; asking past the end gives the last page. */
export async function searchRegister(query: RegisterQuery, now = new Date()): Promise<RegisterPage> {
  const db = await prisma();
  const today = chinaDate(now);
  const where = registerWhere(query, today);
  const total = await db.recognition.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await db.recognition.findMany({
    where,
    select: REGISTER_ROW_SELECT,
    orderBy: registerOrderBy(query),
    skip: (page - 1) * query.pageSize,
    take: query.pageSize,
  });
  return { rows: rows.map((row) => toRegisterRow(row, today)), total, page, pageSize: query.pageSize, pageCount };
}

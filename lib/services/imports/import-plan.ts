import type { Tier } from "@/generated/prisma/client";
import { regionByCode } from "@/lib/regions";
import type { Tx } from "../db-types";
import type { ImportIssue, PublishedListRow } from "./parse-published-list";
import { isoOf } from "@/lib/calendar/today";

export interface PlannedBatch {
  key: string;
  tier: Tier;
  year: number;
  authorityCode: string | null;
  ordinal: number;
  announcedOn: string;
  existingId: string | null;
  rows: PublishedListRow[];
}

export interface ImportPlan {
  batches: PlannedBatch[];
  /** Firm id by credit code, for codes already in the register. */
  companyIds: Map<string, string>;
  /** Rows naming a firm by name only, resolved to an existing firm. */
  resolvedByName: Map<number, { id: string; creditCode: string }>;
  /** Rows whose firm is already on that batch: skipped, which makes the import idempotent. */
  alreadyPresent: Set<number>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

export const authorityOf = (row: { tier: Tier; provinceCode: string }) => (row.tier === "little_giant" ? null : row.provinceCode);
export const batchKey = (row: { tier: Tier; year: number; ordinal: number } & { authorityCode: string | null }) =>
  `${row.tier}|${row.year}|${row.authorityCode ?? "MIIT"}|${row.ordinal}`;

const issue = (line: number, field: string, zh: string, en: string): ImportIssue => ({ line, field, message: { zh, en } });

async function inChunks<T, R>(items: T[], size: number, work: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await work(items.slice(i, i + size))));
  return out;
}

/**
 * What an import would do, worked out against the database without writing: which batches
 * exist, which firms are known, which rows are already there. The same plan is shown as the
 * dry run and carried out by the commit, inside one transaction.
 */
export async function planImport(tx: Tx, rows: PublishedListRow[]): Promise<ImportPlan> {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const codes = [...new Set(rows.flatMap((r) => (r.creditCode ? [r.creditCode] : [])))];
  const known = await inChunks(codes, 1_000, (chunk) => tx.company.findMany({ where: { creditCode: { in: chunk } }, select: { id: true, creditCode: true } }));
  const companyIds = new Map(known.map((c) => [c.creditCode, c.id]));

  const resolvedByName = new Map<number, { id: string; creditCode: string }>();
  for (const row of rows.filter((r) => !r.creditCode)) {
    const matches = await tx.company.findMany({
      where: { nameZh: row.nameZh, provinceCode: row.provinceCode },
      select: { id: true, creditCode: true },
      take: 2,
    });
    if (matches.length === 1) resolvedByName.set(row.line, matches[0]!);
    else if (matches.length === 0)
      errors.push(
        issue(
          row.line,
          "creditCode",
          "未填写信用代码，且该省没有同名企业：新企业须提供统一社会信用代码。",
          "No credit code, and no firm of that name in the province: a new firm needs its credit code.",
        ),
      );
    else
      errors.push(
        issue(row.line, "creditCode", "该省有多家同名企业，请填写统一社会信用代码。", "Several firms of that name in the province; give the credit code."),
      );
  }

  const groups = new Map<string, PlannedBatch>();
  for (const row of rows) {
    const authorityCode = authorityOf(row);
    const key = batchKey({ ...row, authorityCode });
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        key,
        tier: row.tier,
        year: row.year,
        authorityCode,
        ordinal: row.ordinal,
        announcedOn: row.announcedOn,
        existingId: null,
        rows: [row],
      });
    } else if (group.announcedOn !== row.announcedOn) {
      errors.push(
        issue(
          row.line,
          "announcedOn",
          `同一批次的公告日期应一致（${group.announcedOn}）。`,
          `All rows of one batch must have the same announcement date (${group.announcedOn}).`,
        ),
      );
    } else {
      group.rows.push(row);
    }
  }

  const alreadyPresent = new Set<number>();
  for (const group of groups.values()) {
    const existing = await tx.batch.findFirst({
      where: { tier: group.tier, year: group.year, authorityCode: group.authorityCode, ordinal: group.ordinal },
      select: { id: true, status: true, announcedOn: true },
    });
    if (!existing) continue;
    if (existing.status !== "announced") {
      for (const row of group.rows)
        errors.push(
          issue(
            row.line,
            "batch",
            "该批次已在平台中创建但尚未公告，不能导入。",
            "This batch exists in the portal and is not announced; it cannot be imported.",
          ),
        );
      continue;
    }
    group.existingId = existing.id;
    if (existing.announcedOn && isoOf(existing.announcedOn) !== group.announcedOn) {
      warnings.push(
        issue(
          group.rows[0]!.line,
          "announcedOn",
          "公告日期与平台中已有批次不同，以平台为准。",
          "The announcement date differs from the batch already in the portal; the portal's is kept.",
        ),
      );
    }
    const ids = group.rows.map((r) => (r.creditCode ? companyIds.get(r.creditCode) : resolvedByName.get(r.line)?.id)).filter((id): id is string => Boolean(id));
    const present = new Set(
      (
        await inChunks(ids, 1_000, (chunk) =>
          tx.batchEntry.findMany({ where: { batchId: existing.id, companyId: { in: chunk } }, select: { companyId: true } }),
        )
      ).map((e) => e.companyId),
    );
    for (const row of group.rows) {
      const id = row.creditCode ? companyIds.get(row.creditCode) : resolvedByName.get(row.line)?.id;
      if (id && present.has(id)) alreadyPresent.add(row.line);
    }
  }
  return { batches: [...groups.values()], companyIds, resolvedByName, alreadyPresent, errors, warnings };
}

/** Where a new firm is registered: the city given, else the one its credit code names, else the province. */
export function placeOf(row: PublishedListRow): { regionCode: string; cityCode: string } {
  if (row.cityCode) return { regionCode: row.cityCode, cityCode: row.cityCode };
  const division = row.creditCode?.slice(2, 8);
  const inProvince = (code: string) => code.startsWith(row.provinceCode.slice(0, 2));
  if (division && inProvince(division)) {
    const exact = regionByCode(division);
    if (exact?.level === "city") return { regionCode: division, cityCode: division };
    if (exact?.level === "county") return { regionCode: division, cityCode: exact.cityCode };
    const city = regionByCode(`${division.slice(0, 4)}00`);
    if (city?.level === "city") return { regionCode: city.code, cityCode: city.code };
  }
  return { regionCode: row.provinceCode, cityCode: row.provinceCode };
}

import type { Tx } from "../db-types";
import { escapeLike } from "@/lib/db/escape-like";

export interface EntryRow {
  id: string;
  companyId: string;
  nameZh: string;
  creditCode: string;
  provinceCode: string;
  cityCode: string;
  applicationId: string | null;
  score: string | null;
  applicationStatus: string | null;
}

/**
 * A page of the firms on a batch's list, in credit-code order, with each firm's name and its
 * application's score (batch_entry keeps only the company id, so this is one join in SQL).
 * `q` filters by a part of the name or the start of the credit code.
 */
export async function entryPage(tx: Tx, batchId: string, options: { q?: string; offset: number; limit: number }): Promise<{ rows: EntryRow[]; total: number }> {
  const q = options.q?.trim() || null;
  const filter = `e.batch_id = $1::uuid AND e.removed_at IS NULL
    AND ($2::text IS NULL OR c.name_zh ILIKE '%' || $2 || '%' OR c.credit_code LIKE upper($3) || '%')`;
  const params = [batchId, q === null ? null : escapeLike(q), q === null ? null : escapeLike(q)];
  const [count] = await tx.$queryRawUnsafe<{ total: bigint }[]>(
    `SELECT count(*) AS total FROM batch_entry e JOIN company c ON c.id = e.company_id WHERE ${filter}`,
    ...params,
  );
  const rows = await tx.$queryRawUnsafe<EntryRow[]>(
    `SELECT e.id, e.company_id AS "companyId", c.name_zh AS "nameZh", c.credit_code AS "creditCode",
            c.province_code AS "provinceCode", c.city_code AS "cityCode",
            e.application_id AS "applicationId", a.score::text AS score, a.status::text AS "applicationStatus"
       FROM batch_entry e
       JOIN company c ON c.id = e.company_id
       LEFT JOIN application a ON a.id = e.application_id
      WHERE ${filter}
      ORDER BY c.credit_code
      OFFSET ${Math.max(0, Math.floor(options.offset))} LIMIT ${Math.max(1, Math.floor(options.limit))}`,
    ...params,
  );
  return { rows, total: Number(count?.total ?? 0) };
}

/** Names and codes of a few companies, keyed by id (for removed entries and objections). */
export async function companiesById(tx: Tx, ids: string[]) {
  const companies = await tx.company.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, nameZh: true, creditCode: true } });
  return new Map(companies.map((c) => [c.id, c]));
}

import type { Database } from "@/lib/db/open-database";

/** The tables a write can touch; a refused request must leave every count as it was. */
const TABLES = [
  "company",
  "app_user",
  "rule_set",
  "programme",
  "application",
  "review",
  "application_note",
  "expert_assignment",
  "document",
  "batch",
  "batch_entry",
  "objection",
  "recognition",
  "recognition_event",
  "annual_report",
  "change_report",
  "company_claim",
  "notification",
  "audit_log",
  "calendar_day",
  "account_token",
  "outbox",
] as const;

export type RowCounts = Record<(typeof TABLES)[number], number>;

/** One statement, so the snapshot is consistent even while something else writes. */
export async function rowCounts(db: Database): Promise<RowCounts> {
  const select = TABLES.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(", ");
  const rows = await db.prisma.$queryRawUnsafe<RowCounts[]>(`SELECT ${select}`);
  return { ...rows[0]! };
}

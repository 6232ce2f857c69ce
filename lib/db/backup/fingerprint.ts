import type { SqlRunner } from "../sql-runner";

export interface TableFingerprint {
  rows: number;
  checksum: string;
}

/**
 * Row count and a checksum of every table's content, to prove a backup restored exactly what was
 * saved. Rows are hashed in a canonical order (their text form), so physical order does not matter.
 */
export async function fingerprintDatabase(sql: Pick<SqlRunner, "query">): Promise<Record<string, TableFingerprint>> {
  const tables = await sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result: Record<string, TableFingerprint> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await sql.query<{ rows: number; checksum: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM ${quoted} t`,
    );
    result[name] = row ?? { rows: 0, checksum: "" };
  }
  return result;
}

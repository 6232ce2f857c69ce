import type { SqlRunner } from "@/lib/db/sql-runner";

/**
 * The register's version: a database sequence moved on at the commit of every change to what
 * the public register shows (migration 20261123130000_register_search). Anything cached under
 * one version is never served once it has moved, on any app instance.
 *
 * Read on every cached request, so straight to the driver: Prisma's raw-query path costs more
 * CPU than this one-row read itself.
 */
export async function readRegisterVersion(sql: Pick<SqlRunner, "query">): Promise<string> {
  const [row] = await sql.query<{ version: string }>("SELECT last_value::text AS version FROM register_version");
  return row!.version;
}

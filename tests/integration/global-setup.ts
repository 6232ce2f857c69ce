import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { TEMPLATE_DATABASE, postgresUrlFor, withAdminClient } from "./support/postgres";
import { testBackend } from "./support/test-backend";

/**
 * For PostgreSQL: one migrated template database per run, which each test file copies
 * (CREATE DATABASE … TEMPLATE) so every file starts from fresh, migrated data.
 * PGlite needs nothing here: each test file opens its own in-memory database.
 */
export default async function setup() {
  if (testBackend() !== "postgres") return;
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  });
  const db = await openDatabase({ kind: "postgres", url: postgresUrlFor(TEMPLATE_DATABASE) });
  try {
    await applyMigrations(db.sql, await readMigrations());
  } finally {
    await db.close();
  }
  return async () => {
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`));
  };
}

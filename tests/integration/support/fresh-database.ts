import { randomUUID } from "node:crypto";
import { useDatabase } from "@/lib/db/client";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { TEMPLATE_DATABASE, postgresUrlFor, withAdminClient } from "./postgres";
import { testBackend } from "./test-backend";

export interface FreshDatabase extends Database {
  /** The server's connection string (PostgreSQL), for tests that open a second client. */
  url: string | null;
  /** Drops the database (PostgreSQL) or closes it (PGlite). */
  destroy(): Promise<void>;
}

/**
 * A new, migrated database for one test file, installed as the app's database so services
 * under test use it. Nothing is shared between files.
 */
export async function freshDatabase(): Promise<FreshDatabase> {
  let db: Database;
  let drop = async () => undefined as unknown;
  let url: string | null = null;
  if (testBackend() === "postgres") {
    const name = `sme_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await withAdminClient((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
    url = postgresUrlFor(name);
    db = await openDatabase({ kind: "postgres", url });
    drop = () => withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } else {
    db = await openDatabase({ kind: "pglite", dataDir: null });
    await applyMigrations(db.sql, await readMigrations());
  }
  useDatabase(db);
  return {
    ...db,
    url,
    destroy: async () => {
      await db.close();
      await drop();
    },
  };
}

import { databaseConfig } from "@/lib/db/database-config";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";

const config = databaseConfig();
const db = await openDatabase(config);
try {
  const report = await applyMigrations(db.sql, await readMigrations());
  const where = config.kind === "postgres" ? "PostgreSQL" : `PGlite (${config.dataDir ?? "memory"})`;
  console.log(`migrations on ${where}: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied`);
} finally {
  await db.close();
}

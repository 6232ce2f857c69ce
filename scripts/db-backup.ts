/**
 * `npm run db:backup -- <file-or-folder>` and `npm run db:restore -- <file-or-folder>` on the
 * configured database (DATABASE_URL for PostgreSQL, else the PGlite data folder). After either,
 * prints each table's row count and checksum so two sides can be compared.
 */
import { backupDatabase, restoreDatabase } from "@/lib/db/backup/backup";
import { fingerprintDatabase } from "@/lib/db/backup/fingerprint";
import { databaseConfig } from "@/lib/db/database-config";
import { openDatabase } from "@/lib/db/open-database";

const [mode, target] = process.argv.slice(2);
if ((mode !== "backup" && mode !== "restore") || !target) {
  console.error("usage: tsx scripts/db-backup.ts backup|restore <path>");
  process.exit(2);
}
const config = databaseConfig();
if (mode === "backup") await backupDatabase(config, target);
else await restoreDatabase(config, target);
console.log(`${mode} done (${config.kind === "postgres" ? "PostgreSQL" : `PGlite ${config.dataDir}`} ${mode === "backup" ? "→" : "←"} ${target})`);

const db = await openDatabase(config);
try {
  const fingerprint = await fingerprintDatabase(db.sql);
  for (const [table, { rows, checksum }] of Object.entries(fingerprint)) console.log(`${table.padEnd(24)} ${String(rows).padStart(9)}  ${checksum}`);
} finally {
  await db.close();
}

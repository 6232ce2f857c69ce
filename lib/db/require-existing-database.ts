import { existsSync } from "node:fs";
import type { DatabaseConfig } from "./database-config";

/**
 * For the commands that work on a portal's data (jobs, audit check, inviting an administrator):
 * an embedded database that was never created is an error to explain, not one to let PGlite
 * create empty (and then fail on a missing table, or with a bare ENOENT).
 */
export function missingDatabaseMessage(config: DatabaseConfig): string | null {
  if (config.kind !== "pglite" || config.dataDir === null || existsSync(config.dataDir)) return null;
  return `No embedded database at ${config.dataDir}: run \`npm run demo\` (or \`npm run db:migrate && npm run db:seed\`) first, or set DATABASE_URL (or PGLITE_DATA_DIR) to the portal's database.`;
}

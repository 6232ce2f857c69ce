import { databaseConfig } from "@/lib/db/database-config";
import { openDatabase } from "@/lib/db/open-database";
import { missingDatabaseMessage } from "@/lib/db/require-existing-database";

/**
 * The portal's own database, for the commands that work on its data (jobs, audit check,
 * inviting an administrator): with no embedded database yet, the command says what to run first
 * and exits, instead of PGlite creating an empty one.
 */
export async function openPortalDatabase(): Promise<Awaited<ReturnType<typeof openDatabase>>> {
  const config = databaseConfig();
  const missing = missingDatabaseMessage(config);
  if (missing) {
    console.error(`✖ ${missing}`);
    process.exit(1);
  }
  return openDatabase(config);
}

/**
 * `npm run audit:verify`: checks the hash chain of the audit log on the configured database and
 * names the first broken link. Exit code 1 when the chain is broken.
 */
import { databaseConfig } from "@/lib/db/database-config";
import { openDatabase } from "@/lib/db/open-database";
import { verifyAuditChain } from "@/lib/services/audit/verify-chain";

const db = await openDatabase(databaseConfig());
try {
  const report = await verifyAuditChain(db.sql);
  if (report.intact) {
    console.log(`audit log intact: ${report.entries} entries, every link verified`);
  } else {
    console.error(`audit log BROKEN at entry ${report.brokenAt} (${report.problem}): ${report.detail}; ${report.entries} entries before it verified`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}

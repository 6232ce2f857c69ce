/**
 * `npm run audit:verify`: checks the audit log on the configured database against its signed
 * tree heads (and the legacy hash chain before them), names the first problem, then runs the
 * sequencer so rows still pending enter the log. Exit code 1 when a problem is found.
 */
import { sequenceAudit } from "@/lib/services/audit/sequence-audit";
import { verifyAuditLog } from "@/lib/services/audit/verify-log";
import { openPortalDatabase } from "./support/portal-database";

const db = await openPortalDatabase();
try {
  const report = await verifyAuditLog(db.sql);
  const pending = report.pending.count > 0 ? `; ${report.pending.count} entries not yet in the log (oldest ${report.pending.oldestAt})` : "";
  if (report.intact) {
    console.log(
      `audit log intact: ${report.leaves} entries in the log under ${report.heads} signed tree heads (${report.legacyEntries} from the legacy hash chain)${pending}`,
    );
  } else {
    console.error(`audit log BROKEN (${report.problem!.kind}): ${report.problem!.detail}${pending}`);
    process.exitCode = 1;
  }
  let sequenced = 0;
  let size = report.leaves;
  for (;;) {
    const run = await sequenceAudit(db.prisma, { limit: 20_000 });
    if (run.status === "skipped") {
      console.log("sequencer: another instance is running; left to it");
      break;
    }
    sequenced += run.sequenced;
    size = run.treeSize;
    if (!run.more) break;
  }
  if (sequenced > 0) console.log(`sequencer: added ${sequenced} entries; the log now has ${size}, under a new signed tree head`);
} finally {
  await db.close();
}

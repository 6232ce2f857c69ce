import { systemNow } from "@/lib/calendar/today";
import { sequenceAuditInTransaction } from "@/lib/services/audit/sequence-audit";
import type { JobDefinition } from "./job-types";

/**
 * The audit sequencer as a job: puts the committed audit rows into the signed Merkle log
 * (docs/decisions/019). Holds its own advisory lock only inside this transaction, so a second
 * instance skips and a killed run leaves nothing behind. Scheduled more often than the daily
 * jobs would be better; any run catches up with everything since the last.
 */
export const sequenceAuditJob: JobDefinition = {
  name: "sequence-audit",
  // The real clock, not the run's `now`: a replayed day (--today) must not move the log's horizon.
  async run({ tx }) {
    const result = await sequenceAuditInTransaction(tx, { now: systemNow(), limit: 50_000 });
    return { sequenced: result.sequenced, logSize: result.treeSize };
  },
};

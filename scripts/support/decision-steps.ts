import type { PrismaClient } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { database, useDatabase } from "@/lib/db/client";
import { decideApplication } from "@/lib/services/applications/decide-application";

/**
 * Where a decision's transaction spends its time: runs decisions one after another in this
 * process, through the service the action calls, with every Prisma query timed by model and
 * operation. "transaction overhead" is what is left: BEGIN, COMMIT and the client's own work.
 */
export async function measureDecisionSteps(officialEmail: string, files: string[]) {
  const db = await database();
  const totals = new Map<string, { ms: number; count: number }>();
  const timed = db.prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const started = performance.now();
          try {
            return await query(args);
          } finally {
            const key = `${model}.${operation}`;
            const t = totals.get(key) ?? { ms: 0, count: 0 };
            t.ms += performance.now() - started;
            t.count += 1;
            totals.set(key, t);
          }
        },
      },
    },
  }) as unknown as PrismaClient;
  const user = await db.prisma.user.findUniqueOrThrow({
    where: { email: officialEmail },
    select: { id: true, email: true, name: true, role: true, jurisdictionCode: true, companyId: true },
  });
  const actor = user as Actor;
  useDatabase({ ...db, prisma: timed });
  let whole = 0;
  let done = 0;
  try {
    for (const file of files) {
      const started = performance.now();
      await decideApplication(actor, { applicationId: file, action: "approve", expectedVersion: 1, reason: "符合条件", sections: [] });
      whole += performance.now() - started;
      done += 1;
    }
  } finally {
    useDatabase(db);
  }
  const steps = [...totals.entries()].map(([step, t]) => ({ step, msPerDecision: t.ms / done, queriesPerDecision: t.count / done }));
  const inQueries = steps.reduce((n, s) => n + s.msPerDecision, 0);
  return { decisions: done, msPerDecision: whole / done, steps: steps.sort((a, b) => b.msPerDecision - a.msPerDecision), overheadMs: whole / done - inQueries };
}

import type { Actor } from "@/lib/auth/roles";
import type { Tx } from "../db-types";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Appends to the audit log inside the caller's transaction: a plain insert, no lock, so
 * concurrent decisions do not wait for each other. The sequencer puts the row into the signed
 * Merkle log once it has committed (sequence-audit.ts).
 */
export async function appendAudit(tx: Tx, actor: Pick<Actor, "id" | "role"> | null, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? "system",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      fromStatus: entry.fromStatus ?? null,
      toStatus: entry.toStatus ?? null,
      reason: entry.reason ?? null,
      data: (entry.data ?? undefined) as object | undefined,
    },
  });
}

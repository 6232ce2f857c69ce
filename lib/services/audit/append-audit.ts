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

/** Appends to the hash-chained audit log, inside the caller's transaction. */
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

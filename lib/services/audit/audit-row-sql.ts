import type { CanonicalAuditRow } from "@/lib/domain/audit/canonical-entry";

/**
 * The columns of audit_log (as `a`) in the form the canonical entry takes them, read the same
 * way by the sequencer and the verifier: ids and timestamps as text formatted by PostgreSQL, and
 * data as jsonb's own text, so no driver's number or date conversion comes between them.
 */
export const CANONICAL_COLUMNS = `a.id::text AS id,
  to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
  a.actor_id::text AS actor_id, a.actor_role, a.action, a.entity_type, a.entity_id,
  a.from_status, a.to_status, a.reason, a.data::text AS data`;

export type CanonicalColumns = {
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  data: string | null;
};

export function canonicalRow(r: CanonicalColumns): CanonicalAuditRow {
  return {
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    reason: r.reason,
    data: r.data,
  };
}

/**
 * The bytes of an audit entry that its Merkle leaf hashes. One JSON array of strings and nulls in
 * a fixed order, behind a version tag: JSON.stringify of such an array has exactly one form, no
 * field can bleed into the next (unlike joining with a separator), and the tag lets a later
 * encoding coexist with this one. `data` is PostgreSQL's own text of the jsonb value (keys sorted,
 * numbers as stored), not a JavaScript re-serialisation that could round a number.
 */
export const ENTRY_ENCODING = "sme-audit-entry/1";

export interface CanonicalAuditRow {
  /** audit_log.id in decimal. */
  id: string;
  /** audit_log.at in UTC, millisecond precision: YYYY-MM-DDTHH:MM:SS.mmmZ. */
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  /** data::text, or null. */
  data: string | null;
}

export function canonicalEntry(row: CanonicalAuditRow): Uint8Array {
  const fields = [
    ENTRY_ENCODING,
    row.id,
    row.at,
    row.actorId,
    row.actorRole,
    row.action,
    row.entityType,
    row.entityId,
    row.fromStatus,
    row.toStatus,
    row.reason,
    row.data,
  ];
  return new TextEncoder().encode(JSON.stringify(fields));
}

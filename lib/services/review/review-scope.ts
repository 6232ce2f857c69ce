import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopeFilter } from "@/lib/auth/permissions";
import { STAFF_ROLES, type Actor } from "@/lib/auth/roles";
import { isRecordId } from "@/lib/domain/record-id";
import { forbidden, notFound } from "@/lib/errors/domain-error";
import type { QueueStatus } from "@/lib/review/queue-filters";
import { APPLICATION_WORD } from "../applications/application-scope";
import { scopeWhere } from "../scope-where";

export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaff = (actor: Actor): actor is Actor & { role: StaffRole } => (STAFF_ROLES as readonly string[]).includes(actor.role);

/** The status in which a file waits for this level of government. */
export const AWAITING_STATUS = {
  municipal: "municipal_review",
  provincial: "provincial_review",
  ministry: "ministry_review",
} as const satisfies Record<StaffRole, QueueStatus>;

/** An official who reviews files at some level: holds `queue:read` and so has a review level. */
export function requireStaff(actor: Actor): asserts actor is Actor & { role: StaffRole } {
  if (!isStaff(actor) || !scopeFilter(actor, "queue:read")) throw forbidden();
}

/**
 * The applications an official may list: their reach from the permission table (own city, own
 * province, or national; the ministry's narrowed to the national tier by the table), and never
 * a company's unsubmitted draft. Anyone without `queue:read` is refused.
 */
export function queueScope(actor: Actor): Prisma.ApplicationWhereInput {
  const scope = scopeFilter(actor, "queue:read");
  if (!scope) throw forbidden();
  return { ...scopeWhere(scope), status: { not: "draft" } };
}

/** A malformed id names no record: "not found", before it reaches a uuid column. */
export function requireApplicationId(id: string): string {
  if (!isRecordId(id)) throw notFound(APPLICATION_WORD);
  return id;
}

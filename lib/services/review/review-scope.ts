import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { jurisdictionFilter } from "@/lib/auth/permissions";
import { STAFF_ROLES, type Actor } from "@/lib/auth/roles";
import { forbidden, notFound } from "@/lib/errors/domain-error";
import type { QueueStatus } from "@/lib/review/queue-filters";
import { APPLICATION_WORD } from "../applications/application-scope";

export type StaffRole = (typeof STAFF_ROLES)[number];

export const isStaff = (actor: Actor): actor is Actor & { role: StaffRole } => (STAFF_ROLES as readonly string[]).includes(actor.role);

/** The status in which a file waits for this level of government. */
export const AWAITING_STATUS = {
  municipal: "municipal_review",
  provincial: "provincial_review",
  ministry: "ministry_review",
} as const satisfies Record<StaffRole, QueueStatus>;

export function requireStaff(actor: Actor): asserts actor is Actor & { role: StaffRole } {
  if (!isStaff(actor)) throw forbidden();
}

/**
 * The applications an official may list: their jurisdiction from the permission table (own
 * city, own province, national), narrowed for the ministry to the national tier, and never a
 * company's unsubmitted draft. Anyone without `queue:read` is refused.
 */
export function queueScope(actor: Actor): Prisma.ApplicationWhereInput {
  const jurisdiction = isStaff(actor) ? jurisdictionFilter(actor, "queue:read") : null;
  if (!jurisdiction) throw forbidden();
  return {
    ...jurisdiction,
    status: { not: "draft" },
    ...(actor.role === "ministry" ? { tier: "little_giant" as const } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id names no record: "not found", before it reaches a uuid column. */
export function requireApplicationId(id: string): string {
  if (!UUID.test(id)) throw notFound(APPLICATION_WORD);
  return id;
}

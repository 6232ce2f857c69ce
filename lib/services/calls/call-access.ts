import "server-only";
import type { Tier as DbTier } from "@/generated/prisma/client";
import { may, scopeFilter } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import type { Tier } from "@/lib/domain/tier";
import { forbidden, notFound } from "@/lib/errors/domain-error";
import { scopeWhere } from "../scope-where";

/**
 * Who manages which call (`call:manage`, docs/decisions/021): the national administrator the
 * national calls, a provincial administrator its own province's tier 1 and 2 calls. A call out of
 * reach is "not found" to an administrator, so that codes cannot be probed.
 */
export const mayManageCall = (actor: Actor, call: { regionCode: string | null; tier: Tier | DbTier }): boolean =>
  may(actor, "call:manage", { provinceCode: call.regionCode, tier: call.tier });

export const missingCall = () => notFound({ zh: "申报项目", en: "call" });

export function requireCall(actor: Actor, call: { regionCode: string | null; tier: Tier | DbTier } | null): void {
  if (!may(actor, "call:manage")) throw forbidden();
  if (!call || !mayManageCall(actor, call)) throw missingCall();
}

/** The list filter matching mayManageCall. */
export function manageableCalls(actor: Actor) {
  const reach = scopeFilter(actor, "call:manage");
  if (!reach) throw forbidden();
  return scopeWhere(reach, "regionCode");
}

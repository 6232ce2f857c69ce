import { forbidden, notFound, type Bilingual } from "@/lib/errors/domain-error";
import { hasPermission, may, scopeFilter, type Permission, type ScopedResource } from "./permissions";
import type { Actor } from "./roles";

/**
 * The one way services authorize. Without the permission at all the answer is 403. With it, a
 * record outside the person's reach is "not found" when the caller names what the record is
 * called (`hideAs`), so that ids cannot be probed; otherwise 403.
 */
export function requirePermission(actor: Actor, permission: Permission, record?: ScopedResource, hideAs?: Bilingual): void {
  if (!hasPermission(actor, permission)) throw forbidden();
  if (record !== undefined && !may(actor, permission, record)) throw hideAs ? notFound(hideAs) : forbidden();
}

/**
 * For what a firm does to its own records: the caller's company, when their grant of the
 * permission is the own-company one; 403 for anyone else (an official reads a firm's records
 * through their jurisdiction, never as the firm).
 */
export function requireOwnCompany(actor: Actor, permission: Permission): string {
  const reach = scopeFilter(actor, permission);
  if (!reach?.companyId) throw forbidden();
  return reach.companyId;
}

import type { Actor, Role } from "./roles";

/**
 * What each role may do, and over which records: permissions as data (style.md §7).
 * The UI hides what is not allowed, but every server action and route asks `may()` itself.
 */
export type Scope = "own-company" | "own-city" | "own-province" | "national" | "jurisdiction" | "assigned";

export const PERMISSIONS = {
  company: {
    "application:edit": "own-company",
    "application:read": "own-company",
    "recognition:read": "own-company",
    "annual-report:submit": "own-company",
    "change-report:submit": "own-company",
  },
  municipal: {
    "queue:read": "own-city",
    "application:read": "own-city",
    "application:review": "own-city",
    "recognition:read": "own-city",
  },
  provincial: {
    "queue:read": "own-province",
    "application:read": "own-province",
    "application:review": "own-province",
    "batch:manage": "own-province",
    "recognition:read": "own-province",
    "recognition:manage": "own-province",
  },
  ministry: {
    "queue:read": "national",
    "application:read": "national",
    "application:review": "national",
    "batch:manage": "national",
    "recognition:read": "national",
    "recognition:manage": "national",
    "expert:assign": "national",
  },
  administrator: {
    "ruleset:manage": "jurisdiction",
    "import:run": "jurisdiction",
    "calendar:edit": "national",
    "jobs:run": "national",
    "audit:read": "jurisdiction",
  },
  expert: {
    "expert-review:submit": "assigned",
  },
} as const satisfies Record<Role, Partial<Record<string, Scope>>>;

type PermissionsOf<R extends Role> = keyof (typeof PERMISSIONS)[R];
export type Permission = { [R in Role]: PermissionsOf<R> }[Role];

/** The parts of a record that decide whose it is. */
export interface ScopedResource {
  companyId?: string | null;
  cityCode?: string | null;
  provinceCode?: string | null;
  assigneeIds?: readonly string[];
}

function scopeOf(role: Role, permission: Permission): Scope | undefined {
  return (PERMISSIONS[role] as Partial<Record<Permission, Scope>>)[permission];
}

export function hasPermission(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return scopeOf(actor.role, permission) !== undefined;
}

function inScope(scope: Scope, actor: Actor, resource: ScopedResource): boolean {
  switch (scope) {
    case "national":
      return true;
    case "own-company":
      return actor.companyId !== null && resource.companyId === actor.companyId;
    case "own-city":
      return actor.jurisdictionCode !== null && resource.cityCode === actor.jurisdictionCode;
    case "own-province":
      return actor.jurisdictionCode !== null && resource.provinceCode === actor.jurisdictionCode;
    case "jurisdiction":
      // A national administrator has no jurisdiction code; a provincial one has their province's.
      return actor.jurisdictionCode === null || resource.provinceCode === actor.jurisdictionCode;
    case "assigned":
      return resource.assigneeIds?.includes(actor.id) ?? false;
  }
}

/** May this person do this to this record? With no record, answers for the permission alone. */
export function may(actor: Actor, permission: Permission, resource?: ScopedResource): boolean {
  const scope = scopeOf(actor.role, permission);
  if (scope === undefined) return false;
  return resource === undefined ? true : inScope(scope, actor, resource);
}

/**
 * The database filter that limits a list to the records this person may see; `null` when the
 * role has no such permission at all.
 */
export function jurisdictionFilter(
  actor: Actor,
  permission: Permission,
): { companyId?: string; cityCode?: string; provinceCode?: string } | null {
  const scope = scopeOf(actor.role, permission);
  switch (scope) {
    case undefined:
    case "assigned":
      return null;
    case "national":
      return {};
    case "own-company":
      return actor.companyId ? { companyId: actor.companyId } : null;
    case "own-city":
      return actor.jurisdictionCode ? { cityCode: actor.jurisdictionCode } : null;
    case "own-province":
      return actor.jurisdictionCode ? { provinceCode: actor.jurisdictionCode } : null;
    case "jurisdiction":
      return actor.jurisdictionCode ? { provinceCode: actor.jurisdictionCode } : {};
  }
}

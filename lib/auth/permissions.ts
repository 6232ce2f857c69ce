import { NATIONAL_TIERS, PROVINCIAL_TIERS, type Tier } from "@/lib/domain/tier";
import type { Actor, Role } from "./roles";

/**
 * Who may do what, to which records: the one table (style.md §7; docs/decisions/010). A grant
 * names the geography a role acts over and, where the measures divide the work by tier, the
 * tiers it acts on (rules.md, tier table): the province recognises — and so lists, announces and
 * cancels — tiers 1 and 2; MIIT does the same for little giants, on the province's
 * recommendation and, for a cancellation, its verification.
 *
 * Scopes:
 * - own-company: the firm's own records;
 * - own-city / own-province: records whose city / province is the official's jurisdiction;
 * - national: every record;
 * - jurisdiction: an administrator's reach — every record for a national administrator (no
 *   jurisdiction code), their own province's and the national ones' for a provincial one;
 * - national-office: only a national body's account (no jurisdiction code) holds the grant at all;
 * - assigned: records the person is assigned to (experts);
 * - own-level: a national account (no jurisdiction code) reaches only the national records (no
 *   province), a provincial one only its own province's — never a national one (calls,
 *   docs/decisions/021);
 * - managed-accounts: the accounts MANAGED_ACCOUNTS gives an administrator's level
 *   (docs/decisions/023);
 * - company-administrator: the firm's own records, for the one user who is the firm's
 *   administrator (the record names them in `administratorId`; docs/decisions/028).
 *
 * Pages, server actions, route handlers and services all ask `may` / `requirePermission`; the
 * UI only hides what they refuse anyway, and the authorization suites read this table to know
 * what to expect.
 */
export type Scope =
  | "own-company"
  | "own-city"
  | "own-province"
  | "national"
  | "jurisdiction"
  | "national-office"
  | "assigned"
  | "own-level"
  | "managed-accounts"
  | "company-administrator";

/**
 * Where an account an administrator manages may sit: `none` a national one (no jurisdiction
 * code), `province` any province, `own-province` the administrator's province, `city` a city of it.
 */
export type AccountPlacement = "none" | "province" | "own-province" | "city";

/**
 * Which accounts each level of administrator creates and changes (issue 13; docs/decisions/023):
 * the national office the national bodies' people and each province's administrator; a
 * provincial administrator the officials and experts of its own province. National
 * administrators themselves are made outside the portal (scripts/create-admin), so that no
 * account can raise another to its own level.
 */
export const MANAGED_ACCOUNTS = {
  national: { ministry: "none", expert: "none", administrator: "province" },
  provincial: { provincial: "own-province", municipal: "city", expert: "own-province" },
} as const satisfies Record<"national" | "provincial", Partial<Record<Role, AccountPlacement>>>;

export interface Grant {
  scope: Scope;
  /** The tiers the grant covers; every tier when absent. */
  tiers?: readonly Tier[];
  /** For a provincial account (with a jurisdiction code), the tiers it covers instead of `tiers`. */
  provinceTiers?: readonly Tier[];
}

const own = (scope: Scope, tiers?: readonly Tier[]): Grant => (tiers ? { scope, tiers } : { scope });

export const PERMISSIONS = {
  company: {
    "application:edit": own("own-company"),
    "application:read": own("own-company"),
    "recognition:read": own("own-company"),
    "recognition:withdraw": own("own-company"),
    "rereview:start": own("own-company"),
    "annual-report:submit": own("own-company"),
    "change-report:submit": own("own-company"),
    // Contact details and industry; name, credit code and region change only by a change report.
    "company-profile:edit": own("own-company"),
    "company-user:read": own("own-company"),
    // Inviting and removing colleagues and handing the role over: the firm's administrator alone.
    "company-user:manage": own("company-administrator"),
  },
  municipal: {
    "queue:read": own("own-city"),
    "application:read": own("own-city"),
    "application:review": own("own-city"),
    "recognition:read": own("own-city"),
    "recognition:list": own("own-city"),
    // The firm's current city and province decide its change reports (docs/decisions/024).
    "change-report:decide": own("own-city"),
    // Who may administer a firm that arrived with no user: its city (docs/decisions/027).
    "claim:decide": own("own-city"),
  },
  provincial: {
    "queue:read": own("own-province"),
    "application:read": own("own-province"),
    "application:review": own("own-province"),
    "batch:manage": own("own-province", PROVINCIAL_TIERS),
    "recognition:read": own("own-province"),
    "recognition:cancel": own("own-province", PROVINCIAL_TIERS),
    "recognition:propose-cancellation": own("own-province", NATIONAL_TIERS),
    // The province checks every firm's annual data, whatever its tier.
    "recognition:clear-flag": own("own-province"),
    "recognition:list": own("own-province"),
    "change-report:decide": own("own-province"),
    "claim:decide": own("own-province"),
  },
  ministry: {
    "queue:read": own("national", NATIONAL_TIERS),
    "application:read": own("national", NATIONAL_TIERS),
    "application:review": own("national", NATIONAL_TIERS),
    "batch:manage": own("national", NATIONAL_TIERS),
    "recognition:read": own("national"),
    "recognition:cancel": own("national", NATIONAL_TIERS),
    "recognition:clear-flag": own("national", NATIONAL_TIERS),
    "expert:assign": own("national", NATIONAL_TIERS),
    "recognition:list": own("national"),
  },
  administrator: {
    "ruleset:manage": own("jurisdiction"),
    "import:run": own("jurisdiction"),
    "audit:read": own("jurisdiction"),
    "calendar:read": own("jurisdiction"),
    // One holiday calendar serves the whole country, so only the national administrator edits it.
    "calendar:edit": own("national-office"),
    "jobs:run": own("national-office"),
    // Outgoing email: the national office sees every message, a province those to its own
    // officials and firms (the recipient's province, kept on each message).
    "outbox:manage": own("jurisdiction"),
    // The floor under every call's notice length is national (docs/decisions/016).
    "notice-minimum:set": own("national-office"),
    // Whether a role must sign in with a second factor is one national rule (docs/decisions/025).
    "two-factor:require": own("national-office"),
    // When an overdue file goes beyond its reviewer to its level's officials: one national rule (docs/decisions/029).
    "review-escalation:set": own("national-office"),
    // Calls: the national office runs the national ones, a province its own tier 1 and 2 calls.
    "call:manage": { scope: "own-level", provinceTiers: PROVINCIAL_TIERS },
    // Officials', experts' and administrators' accounts: invitations, roles, disabling.
    "account:manage": own("managed-accounts"),
  },
  expert: {
    "expert-review:submit": own("assigned"),
  },
} as const satisfies Record<Role, Partial<Record<string, Grant>>>;

export type PermissionTable = Record<Role, Partial<Record<Permission, Grant>>>;
type PermissionsOf<R extends Role> = keyof (typeof PERMISSIONS)[R];
export type Permission = { [R in Role]: PermissionsOf<R> }[Role];

/** Every permission some role holds, for suites and documentation that walk the table. */
export const ALL_PERMISSIONS = [...new Set(Object.values(PERMISSIONS).flatMap((grants) => Object.keys(grants)))].sort() as Permission[];

/**
 * The parts of a record that decide whose it is. `tier` may come straight from a database row,
 * whose enum spells the national tier `little_giant`: this is the one place outside the
 * database's edge that reads both spellings, so that no caller maps a row just to ask.
 */
export interface ScopedResource {
  companyId?: string | null;
  cityCode?: string | null;
  provinceCode?: string | null;
  tier?: Tier | "little_giant" | null;
  assigneeIds?: readonly string[];
  /** The firm's administrator, for a record of the firm's own users. */
  administratorId?: string | null;
  /** An account as a record: its role and jurisdiction code (with its province in `provinceCode`). */
  account?: { role: Role; jurisdictionCode: string | null };
}

const tierOf = (tier: ScopedResource["tier"]): Tier | null | undefined => (tier === "little_giant" ? "little-giant" : tier);

/** Who is asking; without a jurisdiction code the person counts as no national office. */
type Asker = Pick<Actor, "role"> & Partial<Pick<Actor, "jurisdictionCode">>;

export function grantOf(actor: Asker, permission: Permission, table: PermissionTable = PERMISSIONS): Grant | undefined {
  const grant = table[actor.role]?.[permission];
  if (grant?.scope === "national-office" && actor.jurisdictionCode !== null) return undefined;
  return grant;
}

/** Does the person hold the permission at all (for some record)? */
export function hasPermission(actor: Asker, permission: Permission, table: PermissionTable = PERMISSIONS): boolean {
  return grantOf(actor, permission, table) !== undefined;
}

/** The roles that hold a permission: what the gate of an action or page lets through. */
export function rolesWith(permission: Permission, table: PermissionTable = PERMISSIONS): Role[] {
  return (Object.keys(table) as Role[]).filter((role) => table[role][permission] !== undefined);
}

function inScope(scope: Scope, actor: Actor, resource: ScopedResource): boolean {
  switch (scope) {
    case "national":
    case "national-office":
      return true;
    case "own-company":
      return actor.companyId !== null && resource.companyId === actor.companyId;
    case "own-city":
      return actor.jurisdictionCode !== null && resource.cityCode === actor.jurisdictionCode;
    case "own-province":
      return actor.jurisdictionCode !== null && resource.provinceCode === actor.jurisdictionCode;
    case "jurisdiction":
      return actor.jurisdictionCode === null || resource.provinceCode === actor.jurisdictionCode;
    case "assigned":
      return resource.assigneeIds?.includes(actor.id) ?? false;
    case "own-level":
      return resource.provinceCode !== undefined && resource.provinceCode === actor.jurisdictionCode;
    case "managed-accounts":
      return resource.account !== undefined && placesAccount(actor, resource.account, resource.provinceCode ?? null);
    case "company-administrator":
      return actor.companyId !== null && resource.companyId === actor.companyId && resource.administratorId === actor.id;
  }
}

/** The placement of each role an administrator manages, by the administrator's level. */
export function managedAccounts(actor: Asker): Partial<Record<Role, AccountPlacement>> {
  return actor.jurisdictionCode === null || actor.jurisdictionCode === undefined ? MANAGED_ACCOUNTS.national : MANAGED_ACCOUNTS.provincial;
}

/** Whether an account of this role and jurisdiction (in province `provinceCode`) is the administrator's to manage. */
function placesAccount(actor: Actor, account: { role: Role; jurisdictionCode: string | null }, provinceCode: string | null): boolean {
  const placement = managedAccounts(actor)[account.role];
  const code = account.jurisdictionCode;
  switch (placement) {
    case undefined:
      return false;
    case "none":
      return code === null;
    case "province":
      return code !== null && code === provinceCode;
    case "own-province":
      return code !== null && code === actor.jurisdictionCode;
    case "city":
      return code !== null && code !== actor.jurisdictionCode && provinceCode === actor.jurisdictionCode;
  }
}

/** The tiers a grant covers for this person; every tier when undefined. */
const tiersFor = (grant: Grant, actor: Asker): readonly Tier[] | undefined =>
  grant.provinceTiers && actor.jurisdictionCode !== null && actor.jurisdictionCode !== undefined ? grant.provinceTiers : grant.tiers;

function coversTier(grant: Grant, actor: Asker, resource: ScopedResource): boolean {
  const tiers = tiersFor(grant, actor);
  if (!tiers || resource.tier === undefined) return true;
  const tier = tierOf(resource.tier);
  return tier !== null && tier !== undefined && tiers.includes(tier);
}

/** May this person do this to this record? With no record, answers for the permission alone. */
export function may(actor: Actor, permission: Permission, resource?: ScopedResource, table: PermissionTable = PERMISSIONS): boolean {
  const grant = grantOf(actor, permission, table);
  if (grant === undefined) return false;
  return resource === undefined ? true : inScope(grant.scope, actor, resource) && coversTier(grant, actor, resource);
}

/** The records a permission reaches, as plain conditions a service turns into its query. */
export interface ScopeFilter {
  companyId?: string;
  cityCode?: string;
  /** null: only the records of no province (the national ones). */
  provinceCode?: string | null;
  /** Only these tiers; every tier when absent. */
  tiers?: readonly Tier[];
}

/**
 * The filter that limits a list to the records this person may reach with a permission;
 * `null` when they hold no such permission (or it is per assignment or for the firm's administrator alone, which no filter expresses).
 */
export function scopeFilter(actor: Actor, permission: Permission, table: PermissionTable = PERMISSIONS): ScopeFilter | null {
  const grant = grantOf(actor, permission, table);
  if (!grant) return null;
  const covered = tiersFor(grant, actor);
  const tiers = covered ? { tiers: covered } : {};
  switch (grant.scope) {
    case "assigned":
    case "company-administrator":
      return null;
    case "national":
    case "national-office":
      return { ...tiers };
    case "own-company":
      return actor.companyId ? { companyId: actor.companyId, ...tiers } : null;
    case "own-city":
      return actor.jurisdictionCode ? { cityCode: actor.jurisdictionCode, ...tiers } : null;
    case "own-province":
      return actor.jurisdictionCode ? { provinceCode: actor.jurisdictionCode, ...tiers } : null;
    case "jurisdiction":
      return actor.jurisdictionCode ? { provinceCode: actor.jurisdictionCode, ...tiers } : { ...tiers };
    case "own-level":
      return { provinceCode: actor.jurisdictionCode ?? null, ...tiers };
    case "managed-accounts":
      // Which roles, too: a service lists accounts by managedAccounts(actor) as well.
      return actor.jurisdictionCode ? { provinceCode: actor.jurisdictionCode } : {};
  }
}

import { REVIEW_LEVELS, type ReviewLevel, type Role } from "@/lib/domain/roles";

export { ROLES, type Role } from "@/lib/domain/roles";

/** The officials' roles: one for each review level. */
export const STAFF_ROLES = REVIEW_LEVELS;

/** The level of government at which each official's account reviews files; none for the others. */
const REVIEW_LEVEL_OF: Record<Role, ReviewLevel | null> = {
  company: null,
  municipal: "municipal",
  provincial: "provincial",
  ministry: "ministry",
  administrator: null,
  expert: null,
};

export const reviewLevelOf = (role: Role): ReviewLevel | null => REVIEW_LEVEL_OF[role];

/** Where each role lands after signing in. */
export const HOME_BY_ROLE = {
  company: "/company",
  municipal: "/staff",
  provincial: "/staff",
  ministry: "/staff",
  administrator: "/admin",
  expert: "/expert",
} as const satisfies Record<Role, string>;

/** The signed-in person as the server sees them: what every authorization decision uses. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** City code (municipal), province code (provincial, provincial administrator), or null (national). */
  jurisdictionCode: string | null;
  companyId: string | null;
}

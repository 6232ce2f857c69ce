/**
 * The three tiers of the programme, spelled as rules.md and the rule sets spell them. This is
 * the one spelling inside the portal; the database enum (which cannot hold "-") says
 * `little_giant` and is mapped only at the database's edge (lib/services/tier.ts).
 */
export const TIERS = ["innovative", "specialized", "little-giant"] as const;
export type Tier = (typeof TIERS)[number];

/** The tiers a province recognises itself (tiers 1 and 2); MIIT recognises the third. */
export const PROVINCIAL_TIERS = ["innovative", "specialized"] as const satisfies readonly Tier[];
export const NATIONAL_TIERS = ["little-giant"] as const satisfies readonly Tier[];

export const isTier = (value: unknown): value is Tier => (TIERS as readonly unknown[]).includes(value);

/**
 * The database enum's spelling (and, for old links, the register's query string): the one
 * other spelling, mapped here and nowhere else.
 */
export const DB_TIERS = ["innovative", "specialized", "little_giant"] as const;
export type DbTier = (typeof DB_TIERS)[number];

export const tierFromDb = (tier: DbTier): Tier => (tier === "little_giant" ? "little-giant" : tier);
export const tierToDb = (tier: Tier): DbTier => (tier === "little-giant" ? "little_giant" : tier);

import type { Tier as DbTier } from "@/generated/prisma/client";
import type { Tier } from "@/lib/workflow/application-lifecycle";

// Prisma enum values cannot contain "-", so the database says little_giant where the domain
// (rules.md and the rule sets) says little-giant.
export const tierFromDb = (tier: DbTier): Tier => (tier === "little_giant" ? "little-giant" : tier);
export const tierToDb = (tier: Tier): DbTier => (tier === "little-giant" ? "little_giant" : tier);

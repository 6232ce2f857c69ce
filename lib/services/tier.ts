import type { Tier as PrismaTier } from "@/generated/prisma/client";
import { tierFromDb as fromDb, tierToDb as toDb, type DbTier, type Tier } from "@/lib/domain/tier";

// The database's edge: Prisma's enum is the DbTier spelling of lib/domain/tier.ts.
export const tierFromDb = (tier: PrismaTier): Tier => fromDb(tier satisfies DbTier);
export const tierToDb = (tier: Tier): PrismaTier => toDb(tier);

import type { Tier as DbTier } from "@/generated/prisma/client";
import type { ScopeFilter } from "@/lib/auth/permissions";
import { tierToDb } from "./tier";

/**
 * A permission's reach (lib/auth/permissions.ts `scopeFilter`) as the conditions of a Prisma
 * query over records with company, city, province and tier columns. `provinceField` names the
 * column that holds the province where it is called something else (a batch's `authorityCode`).
 */
export function scopeWhere(filter: ScopeFilter, provinceField: "provinceCode" | "authorityCode" | "regionCode" = "provinceCode") {
  return {
    ...(filter.companyId !== undefined ? { companyId: filter.companyId } : {}),
    ...(filter.cityCode !== undefined ? { cityCode: filter.cityCode } : {}),
    ...(filter.provinceCode !== undefined ? { [provinceField]: filter.provinceCode } : {}),
    ...(filter.tiers ? { tier: { in: filter.tiers.map(tierToDb) as DbTier[] } } : {}),
  };
}

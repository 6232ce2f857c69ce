import "server-only";
import { managedAccounts, type AccountPlacement } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import type { ManageableRole } from "@/lib/domain/accounts/account-admin-input";
import { CHINA_PROVINCES, regionByCode } from "@/lib/regions";

export interface PlacementChoice {
  role: ManageableRole;
  placement: AccountPlacement;
  /** The jurisdictions the role may take; empty for a national account. */
  options: { code: string; label: string }[];
}

const label = (region: { nameZh: string; nameEn: string }, locale: string) => (locale === "en" ? region.nameEn : region.nameZh);

/** The roles an administrator may give and, for each, the jurisdictions it may take: what the forms offer. */
export function placementChoices(actor: Actor, locale: string): PlacementChoice[] {
  const own = actor.jurisdictionCode ? regionByCode(actor.jurisdictionCode) : undefined;
  const province = own?.level === "province" ? own : undefined;
  return (Object.entries(managedAccounts(actor)) as [ManageableRole, AccountPlacement][]).map(([role, placement]) => ({
    role,
    placement,
    options:
      placement === "province"
        ? CHINA_PROVINCES.map((p) => ({ code: p.code, label: label(p, locale) }))
        : placement === "own-province"
          ? province
            ? [{ code: province.code, label: label(province, locale) }]
            : []
          : placement === "city"
            ? (province?.cities ?? []).map((c) => ({ code: c.code, label: label(c, locale) }))
            : [],
  }));
}

/** A jurisdiction code in words, for lists and pages. */
export function jurisdictionLabel(code: string | null, locale: string): string | null {
  if (!code) return null;
  const region = regionByCode(code);
  return region ? label(region, locale) : code;
}

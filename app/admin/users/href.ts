import type { AccountFilters } from "@/lib/domain/accounts/account-admin-input";

/** The list URL for a set of filters, so filters and page survive links and reloads. */
export function accountsHref(filters: AccountFilters, change: Partial<AccountFilters> = {}): string {
  const merged = { ...filters, ...change };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.role) params.set("role", merged.role);
  if (merged.state) params.set("state", merged.state);
  if (merged.jurisdiction) params.set("jurisdiction", merged.jurisdiction);
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return `/admin/users${query ? `?${query}` : ""}`;
}

import type { RuleSetFilters } from "@/lib/services/rule-sets/list-rule-sets";

/** The list URL for a set of filters, so filters and page survive links and reloads. */
export function ruleSetsHref(filters: RuleSetFilters, change: Partial<RuleSetFilters> = {}): string {
  const merged = { ...filters, ...change };
  const params = new URLSearchParams();
  if (merged.tier) params.set("tier", merged.tier);
  if (merged.region) params.set("region", merged.region);
  if (merged.status) params.set("status", merged.status);
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return `/admin/rule-sets${query ? `?${query}` : ""}`;
}

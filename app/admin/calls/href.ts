import type { CallFilters } from "@/lib/services/calls/list-calls";

/** The list URL for a set of filters, so filters and page survive links and reloads. */
export function callsHref(filters: CallFilters, change: Partial<CallFilters> = {}): string {
  const merged = { ...filters, ...change };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.tier) params.set("tier", merged.tier);
  if (merged.year) params.set("year", String(merged.year));
  if (merged.state) params.set("state", merged.state);
  if (merged.page && merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return `/admin/calls${query ? `?${query}` : ""}`;
}

import { z } from "zod";
import { CHANGE_REPORT_STATUSES, type ChangeReportStatus } from "@/lib/workflow/change-report-lifecycle";
import { CHANGE_KINDS, type StoredChangeKind } from "./change-report-input";

/** The change-report queue's filters from the address; anything unreadable falls back to its default, so a hand-edited link never breaks the page. */
export interface ChangeReportFilters {
  /** "all" or one status; the queue opens on the reports awaiting a decision. */
  status: ChangeReportStatus | "all";
  kind: StoredChangeKind | "all";
  /** Part of the firm's name or its credit code. */
  q: string;
  page: number;
  size: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const parse = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
};

export function parseChangeReportFilters(params: SearchParams, defaultStatus: ChangeReportFilters["status"] = "submitted"): ChangeReportFilters {
  return {
    status: parse(z.enum([...CHANGE_REPORT_STATUSES, "all"]), first(params.status), defaultStatus),
    kind: parse(z.enum([...CHANGE_KINDS, "other", "all"]), first(params.kind), "all"),
    q: parse(z.string().trim().max(100), first(params.q) ?? "", ""),
    page: parse(z.coerce.number().int().min(1).max(100_000), first(params.page), 1),
    size: parse(
      z.coerce
        .number()
        .int()
        .refine((n) => [20, 50, 100].includes(n)),
      first(params.size),
      20,
    ),
  };
}

/** The address of the queue with some filters changed (back to page 1 unless a page is given). */
export function changeReportListHref(path: string, current: ChangeReportFilters, change: Partial<ChangeReportFilters>): string {
  const next = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  params.set("status", next.status);
  if (next.kind !== "all") params.set("kind", next.kind);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  if (next.size !== 20) params.set("size", String(next.size));
  return `${path}?${params.toString()}`;
}

import { z } from "zod";
import { CHANGE_REPORT_STATUSES, type ChangeReportStatus } from "@/lib/workflow/change-report-lifecycle";
import { firstParam, pageParams, paramOr, setPageParams, type SearchParams } from "../list-params";
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

export function parseChangeReportFilters(params: SearchParams, defaultStatus: ChangeReportFilters["status"] = "submitted"): ChangeReportFilters {
  return {
    status: paramOr(z.enum([...CHANGE_REPORT_STATUSES, "all"]), firstParam(params.status), defaultStatus),
    kind: paramOr(z.enum([...CHANGE_KINDS, "other", "all"]), firstParam(params.kind), "all"),
    q: paramOr(z.string().trim().max(100), firstParam(params.q) ?? "", ""),
    ...pageParams(params),
  };
}

/** The address of the queue with some filters changed (back to page 1 unless a page is given). */
export function changeReportListHref(path: string, current: ChangeReportFilters, change: Partial<ChangeReportFilters>): string {
  const next = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  params.set("status", next.status);
  if (next.kind !== "all") params.set("kind", next.kind);
  if (next.q) params.set("q", next.q);
  setPageParams(params, next);
  return `${path}?${params.toString()}`;
}

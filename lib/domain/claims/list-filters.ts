import { z } from "zod";
import { firstParam, pageParams, paramOr, setPageParams, type SearchParams } from "../list-params";
import { CLAIM_STATUSES, type ClaimStatus } from "./claim-standing";

/** The claims queue's filters from the address; anything unreadable falls back to its default. */
export interface ClaimFilters {
  /** "all" or one stored status; the queue opens on the claims awaiting a decision (waiting ones among them). */
  status: ClaimStatus | "all";
  page: number;
  size: number;
}

export function parseClaimFilters(params: SearchParams): ClaimFilters {
  return {
    status: paramOr(z.enum([...CLAIM_STATUSES, "all"]), firstParam(params.status), "pending"),
    ...pageParams(params),
  };
}

/** The address of the queue with some filters changed (back to page 1 unless a page is given). */
export function claimListHref(path: string, current: ClaimFilters, change: Partial<ClaimFilters>): string {
  const next = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  params.set("status", next.status);
  setPageParams(params, next);
  return `${path}?${params.toString()}`;
}

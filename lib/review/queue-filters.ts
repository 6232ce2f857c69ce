import { z } from "zod";
import type { ApplicationStatus } from "@/lib/workflow/application-lifecycle";

/**
 * The review queue's filters as they appear in the URL, so a filtered queue can be bookmarked
 * and shared. Every parameter is parsed on its own and a bad value falls back to its default:
 * a hand-edited or stale link never breaks the page.
 */

/** Every status an official may list; drafts are the company's own until submitted. */
export const QUEUE_STATUSES = [
  "municipal_review",
  "provincial_review",
  "ministry_review",
  "returned",
  "approved",
  "rejected",
  "withdrawn",
  "recognised",
] as const satisfies readonly ApplicationStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const QUEUE_SORTS = ["submitted", "due", "score", "name"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** Against the level's due date (lib/domain/review-timing): past it, or at most three working days ahead. */
export const QUEUE_DUE_FILTERS = ["overdue", "soon"] as const;
export type QueueDueFilter = (typeof QUEUE_DUE_FILTERS)[number];

/** Application.outcome as stored from the evaluation. */
export const ELIGIBILITY_OUTCOMES = ["eligible", "not-eligible", "incomplete"] as const;
export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];

export const PAGE_SIZE = { min: 20, max: 100, default: 20 } as const;
export const PAGE_SIZE_CHOICES = [20, 50, 100] as const;

/** Oldest first is a work queue's natural order; the most pressing due date first; best score first, names A→Z. */
export const DEFAULT_DIRECTION: Record<QueueSort, "asc" | "desc"> = { submitted: "asc", due: "asc", score: "desc", name: "asc" };

export interface QueueFilters {
  programmeId?: string;
  year?: number;
  /** A status, or "all" for every status an official may list. */
  status: QueueStatus | "all";
  /** City code; meaningful for provincial and ministry officials. */
  city?: string;
  scoreMin?: number;
  scoreMax?: number;
  outcome?: EligibilityOutcome;
  /** "me": only files assigned to the signed-in official. */
  assigned: "me" | "any";
  /** Only files past their level's due date, or due within three working days. */
  due?: QueueDueFilter;
  /** Part of the company's Chinese name, or of its unified social credit code. */
  q?: string;
  sort: QueueSort;
  dir: "asc" | "desc";
  page: number;
  size: number;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** A URL parameter as one string: the first of repeated values; empty means absent. */
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === "string" && first.trim() === "" ? undefined : first;
  }, schema);

const score = param(z.coerce.number().min(0).max(100).optional()).catch(undefined);

const paramsSchema = z.object({
  programme: param(z.string().uuid().optional()).catch(undefined),
  year: param(z.coerce.number().int().min(2000).max(2100).optional()).catch(undefined),
  status: param(z.enum([...QUEUE_STATUSES, "all"]).optional()).catch(undefined),
  city: param(
    z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  ).catch(undefined),
  scoreMin: score,
  scoreMax: score,
  outcome: param(z.enum(ELIGIBILITY_OUTCOMES).optional()).catch(undefined),
  assigned: param(z.enum(["me"]).optional()).catch(undefined),
  due: param(z.enum(QUEUE_DUE_FILTERS).optional()).catch(undefined),
  q: param(z.string().trim().max(100).optional()).catch(undefined),
  sort: param(z.enum(QUEUE_SORTS).optional()).catch(undefined),
  dir: param(z.enum(["asc", "desc"]).optional()).catch(undefined),
  page: param(z.coerce.number().int().min(1).max(1_000_000).optional()).catch(undefined),
  size: param(z.coerce.number().int().min(PAGE_SIZE.min).max(PAGE_SIZE.max).optional()).catch(undefined),
});

/** Reads the queue's filters from search params; `defaultStatus` is the status awaiting the official's level. */
export function parseQueueFilters(params: SearchParams, defaultStatus: QueueStatus): QueueFilters {
  const p = paramsSchema.parse(params);
  const sort = p.sort ?? "submitted";
  let { scoreMin, scoreMax } = p;
  // A reversed range is read as meant, not as "nothing matches".
  if (scoreMin !== undefined && scoreMax !== undefined && scoreMin > scoreMax) [scoreMin, scoreMax] = [scoreMax, scoreMin];
  const filters: QueueFilters = {
    status: p.status ?? defaultStatus,
    assigned: p.assigned ?? "any",
    sort,
    dir: p.dir ?? DEFAULT_DIRECTION[sort],
    page: p.page ?? 1,
    size: p.size ?? PAGE_SIZE.default,
  };
  if (p.programme) filters.programmeId = p.programme;
  if (p.year !== undefined) filters.year = p.year;
  if (p.city) filters.city = p.city;
  if (scoreMin !== undefined) filters.scoreMin = scoreMin;
  if (scoreMax !== undefined) filters.scoreMax = scoreMax;
  if (p.outcome) filters.outcome = p.outcome;
  if (p.due) filters.due = p.due;
  if (p.q) filters.q = p.q;
  return filters;
}

export const QUEUE_PATH = "/staff/applications";

/**
 * The queue's URL for these filters with some changed. Defaults are left out to keep links
 * short; the status is always written so a shared link shows the same tab to every level.
 * Changing anything but the page goes back to page 1.
 */
export function queueHref(filters: QueueFilters, changes: Partial<QueueFilters> = {}): string {
  const next: QueueFilters = { ...filters, ...changes };
  if (!("page" in changes)) next.page = 1;
  const search = new URLSearchParams();
  search.set("status", next.status);
  if (next.programmeId) search.set("programme", next.programmeId);
  if (next.year !== undefined) search.set("year", String(next.year));
  if (next.city) search.set("city", next.city);
  if (next.scoreMin !== undefined) search.set("scoreMin", String(next.scoreMin));
  if (next.scoreMax !== undefined) search.set("scoreMax", String(next.scoreMax));
  if (next.outcome) search.set("outcome", next.outcome);
  if (next.assigned === "me") search.set("assigned", "me");
  if (next.due) search.set("due", next.due);
  if (next.q) search.set("q", next.q);
  if (next.sort !== "submitted") search.set("sort", next.sort);
  if (next.dir !== DEFAULT_DIRECTION[next.sort]) search.set("dir", next.dir);
  if (next.size !== PAGE_SIZE.default) search.set("size", String(next.size));
  if (next.page > 1) search.set("page", String(next.page));
  return `${QUEUE_PATH}?${search.toString()}`;
}

/** The link a sortable column header points to: the other direction if already sorted by it. */
export function sortHref(filters: QueueFilters, sort: QueueSort): string {
  const dir = filters.sort === sort ? (filters.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
  return queueHref(filters, { sort, dir });
}

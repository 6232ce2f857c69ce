import { z } from "zod";
import { REVOCATION_REASONS } from "@/lib/workflow/revocation-reasons";
import { RECOGNITION_STATUSES } from "@/lib/workflow/recognition-lifecycle";

/**
 * List filters as they appear in the URL, so a filtered list can be bookmarked and shared. Each
 * parameter is parsed on its own and a bad value falls back to its default: a stale or
 * hand-edited link never breaks the page.
 */
import { DB_TIERS, type DbTier } from "@/lib/domain/tier";
export { DB_TIERS, type DbTier };
export const PAGE_SIZES = [20, 50, 100] as const;

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
const parse = <T extends z.ZodType>(schema: T, value: string | string[] | undefined, fallback: z.infer<T>): z.infer<T> => {
  const result = schema.safeParse(first(value));
  return result.success && result.data !== undefined ? result.data : fallback;
};
const page = z.coerce.number().int().min(1).max(100_000);
const size = z.coerce
  .number()
  .int()
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n));

export interface StaffRecognitionFilters {
  status?: (typeof RECOGNITION_STATUSES)[number];
  tier?: DbTier;
  flagged: boolean;
  overdue: boolean;
  q?: string;
  page: number;
  size: number;
}

export function parseStaffFilters(params: SearchParams): StaffRecognitionFilters {
  return {
    status: parse(z.enum(RECOGNITION_STATUSES).optional(), params.status, undefined),
    tier: parse(z.enum(DB_TIERS).optional(), params.tier, undefined),
    flagged: first(params.flagged) === "1",
    overdue: first(params.overdue) === "1",
    q: parse(z.string().trim().min(1).max(100).optional(), params.q, undefined),
    page: parse(page, params.page, 1),
    size: parse(size, params.size, 20),
  };
}

export const EXIT_REASON_FILTERS = [...REVOCATION_REASONS, "validity_ended", "rereview_failed", "rereview_right_lost"] as const;

export interface ExitFilters {
  tier?: DbTier;
  province?: string;
  year?: number;
  reason?: (typeof EXIT_REASON_FILTERS)[number];
  kind?: "revoked" | "expired";
  page: number;
  size: number;
}

export function parseExitFilters(params: SearchParams): ExitFilters {
  return {
    tier: parse(z.enum(DB_TIERS).optional(), params.tier, undefined),
    province: parse(
      z
        .string()
        .regex(/^\d{2}0000$/)
        .optional(),
      params.province,
      undefined,
    ),
    year: parse(z.coerce.number().int().min(2000).max(2100).optional(), params.year, undefined),
    reason: parse(z.enum(EXIT_REASON_FILTERS).optional(), params.reason, undefined),
    kind: parse(z.enum(["revoked", "expired"]).optional(), params.kind, undefined),
    page: parse(page, params.page, 1),
    size: parse(size, params.size, 20),
  };
}

/** A link to the same list with some filters changed (page reset unless given). */
export function listHref(
  path: string,
  filters: Record<string, string | number | boolean | undefined>,
  change: Record<string, string | number | boolean | undefined>,
): string {
  const merged = { ...filters, page: undefined, ...change };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false || value === "") continue;
    if (key === "page" && value === 1) continue;
    if (key === "size" && value === 20) continue;
    query.set(key, value === true ? "1" : String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

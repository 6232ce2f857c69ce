import { z } from "zod";

/**
 * Reading a list page's address (`?status=…&page=…`): a value that does not parse falls back to
 * its default, so a hand-edited or stale link never breaks the page.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A repeated parameter counts by its first value. */
export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export function paramOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
}

export const LIST_PAGE_SIZES = [20, 50, 100] as const;

/** `page` (from 1) and `size` (one of LIST_PAGE_SIZES, default the first). */
export function pageParams(params: SearchParams): { page: number; size: number } {
  return {
    page: paramOr(z.coerce.number().int().min(1).max(100_000), firstParam(params.page), 1),
    size: paramOr(
      z.coerce
        .number()
        .int()
        .refine((n) => (LIST_PAGE_SIZES as readonly number[]).includes(n)),
      firstParam(params.size),
      LIST_PAGE_SIZES[0],
    ),
  };
}

/** Writes `page` and `size` into a list's address, leaving out the defaults. */
export function setPageParams(params: URLSearchParams, { page, size }: { page: number; size: number }): void {
  if (page > 1) params.set("page", String(page));
  if (size !== LIST_PAGE_SIZES[0]) params.set("size", String(size));
}

import { z } from "zod";
import { hasUnstorableText } from "@/lib/domain/unstorable-text";
import { DB_TIERS, type DbTier } from "@/lib/domain/tier";

/** The tiers as the database and the register's URLs spell them (lib/domain/tier.ts). */
export const REGISTER_TIERS = DB_TIERS;
export type RegisterTier = DbTier;
export const PUBLIC_STATUSES = ["active", "expired", "revoked", "withdrawn"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];
export const REGISTER_SORTS = ["year", "name", "validUntil", "province"] as const;
export const PAGE_SIZES = [20, 50, 100] as const;

const regionCode = z.string().regex(/^\d{6}$/, { error: "应为6位行政区划代码。 / Must be a six-digit region code." });
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/**
 * A register search as it appears in the URL (/register?q=…&tier=…), so every search is a link
 * that can be shared, and the same parameters drive the page, the JSON API and the exports.
 */
export const registerQuerySchema = z.object({
  q: optional(
    z
      .string()
      .trim()
      .min(1)
      .max(100)
      .refine((q) => !hasUnstorableText(q), {
        error: "搜索内容含有无法处理的字符（如空字符）。 / The search contains characters that cannot be searched (such as NUL).",
      }),
  ),
  tier: optional(z.enum(REGISTER_TIERS)),
  province: optional(regionCode),
  city: optional(regionCode),
  industry: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Z]\d{0,4}$/, { error: "行业代码格式不正确。 / Not an industry code." }),
  ),
  batch: optional(z.string().uuid()),
  year: optional(z.coerce.number().int().min(2000).max(2100)),
  status: optional(z.enum(PUBLIC_STATUSES)),
  sort: z.preprocess((v) => (v === "" ? undefined : v), z.enum(REGISTER_SORTS).default("year")),
  dir: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["asc", "desc"]).default("desc")),
  page: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(100_000).default(1)),
  pageSize: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce
      .number()
      .pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)) as [z.ZodLiteral<20>, z.ZodLiteral<50>, z.ZodLiteral<100>]))
      .default(20),
  ),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

const KEYS = Object.keys(registerQuerySchema.shape) as (keyof RegisterQuery)[];

function firstValues(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) if (typeof value === "string" && !(key in out)) out[key] = value;
  return out;
}

/** Strict parse for the API: an invalid parameter is a 400 naming it. */
export function parseRegisterQuery(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  return registerQuerySchema.safeParse(firstValues(params));
}

/** Lenient parse for pages: a mistyped parameter in a shared link is dropped, not an error page. */
export function registerQueryFromParams(params: URLSearchParams | Record<string, string | string[] | undefined>): RegisterQuery {
  const raw = firstValues(params);
  const parsed = registerQuerySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return registerQuerySchema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key))));
}

/** The query as URL parameters, defaults left out, so links stay short and stable. */
export function registerQueryToParams(query: Partial<RegisterQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    if ((key === "sort" && value === "year") || (key === "dir" && value === "desc") || (key === "page" && value === 1) || (key === "pageSize" && value === 20))
      continue;
    params.set(key, String(value));
  }
  return params;
}

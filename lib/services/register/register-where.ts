import { Prisma } from "@/generated/prisma/client";
import type { PublicStatus, RegisterQuery } from "@/lib/domain/register/register-query";
import { dateOf, isoOf } from "@/lib/calendar/today";
import { containsPattern, nameTsquery } from "./name-search";

/**
 * The public status of a title on a given day. The expiry job moves titles to "expired", but
 * until it has run a title past its last valid day must not be shown as valid; a title under
 * re-review stays valid (rules.md: "the old title stays valid while the re-review runs").
 */
export function publicStatusOf(status: string, validUntil: Date, today: string): PublicStatus {
  if (status === "revoked") return "revoked";
  if (status === "withdrawn") return "withdrawn";
  if (status === "expired") return "expired";
  if (status === "active" && isoOf(validUntil) < today) return "expired";
  return "active";
}

function statusCondition(status: PublicStatus, today: string): Prisma.Sql {
  const day = dateOf(today);
  switch (status) {
    case "active":
      return Prisma.sql`(r.status = 'under_rereview' OR (r.status = 'active' AND r.valid_until >= ${day}::date))`;
    case "expired":
      return Prisma.sql`(r.status = 'expired' OR (r.status = 'active' AND r.valid_until < ${day}::date))`;
    default:
      return Prisma.sql`r.status = ${status}::"RecognitionStatus"`;
  }
}

/**
 * Firms whose name contains the text (the bigram index narrows, LIKE confirms), or whose credit
 * code starts with it. Chinese has no letter case, so a plain LIKE suffices for it; Latin
 * letters (English names, pinyin) match without case.
 */
function companyMatch(text: string): Prisma.Sql {
  const q = text.trim();
  const pattern = containsPattern(q);
  const grams = Prisma.sql`c.name_grams @@ ${nameTsquery(q)}::tsquery`;
  const name = /[A-Za-z]/.test(q)
    ? Prisma.sql`(${grams} AND (c.name_zh ILIKE ${pattern} OR c.name_en ILIKE ${pattern}))`
    : Prisma.sql`(${grams} AND c.name_zh LIKE ${pattern})`;
  const code = q.toUpperCase();
  const byCode = /^[0-9A-Z]{6,18}$/.test(code) ? Prisma.sql` OR c.credit_code LIKE ${`${code}%`}` : Prisma.empty;
  return Prisma.sql`r.company_id IN (SELECT c.id FROM company c WHERE ${name}${byCode})`;
}

/**
 * The search as one SQL condition on the recognition table `r` (province, city and industry
 * are kept on it for this), so counting never joins the company table unless a name is asked.
 */
export function registerWhere(query: RegisterQuery, today: string): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (query.q?.trim()) and.push(companyMatch(query.q));
  if (query.tier) and.push(Prisma.sql`r.tier = ${query.tier}::"Tier"`);
  if (query.province) and.push(Prisma.sql`r.province_code = ${query.province}`);
  if (query.city) and.push(Prisma.sql`r.city_code = ${query.city}`);
  if (query.industry)
    and.push(query.industry.length === 1 ? Prisma.sql`r.industry_code LIKE ${`${query.industry}%`}` : Prisma.sql`r.industry_code = ${query.industry}`);
  if (query.batch) and.push(Prisma.sql`r.batch_id = ${query.batch}::uuid`);
  if (query.year) and.push(Prisma.sql`r.year = ${query.year}`);
  if (query.status) and.push(statusCondition(query.status, today));
  return and.length === 0 ? Prisma.sql`TRUE` : Prisma.join(and, " AND ");
}

/** ORDER BY for a search; every order ends in a unique column so pages never overlap. */
export function registerOrderBy(query: RegisterQuery): Prisma.Sql {
  const dir = query.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  switch (query.sort) {
    case "name":
      return Prisma.sql`c.name_zh ${dir}, r.id ASC`;
    case "validUntil":
      return Prisma.sql`r.valid_until ${dir}, r.id ASC`;
    case "province":
      return Prisma.sql`r.province_code ${dir}, r.city_code ${dir}, r.id ASC`;
    default:
      return Prisma.sql`r.year ${dir}, r.certificate_no ASC`;
  }
}

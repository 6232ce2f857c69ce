import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopeFilter } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { standingOf, type ClaimStanding } from "@/lib/domain/claims/claim-standing";
import type { ClaimFilters } from "@/lib/domain/claims/list-filters";
import { forbidden } from "@/lib/errors/domain-error";
import { CLAIM_SELECT } from "./claim-scope";

export interface ClaimRow {
  id: string;
  standing: ClaimStanding;
  version: number;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  company: { id: string; nameZh: string; nameEn: string | null; creditCode: string };
}

type Row = Prisma.CompanyClaimGetPayload<{ select: typeof CLAIM_SELECT }>;

/** Rows with their standing: a pending claim behind an earlier pending one for its firm is "waiting". */
export async function withStandings(rows: Row[]): Promise<ClaimRow[]> {
  const companies = [...new Set(rows.filter((r) => r.status === "pending").map((r) => r.companyId))];
  const db = await prisma();
  const queue = companies.length
    ? await db.companyClaim.findMany({
        where: { companyId: { in: companies }, status: "pending" },
        select: { id: true, companyId: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      })
    : [];
  const firstOf = new Map<string, string>();
  for (const c of queue) if (!firstOf.has(c.companyId)) firstOf.set(c.companyId, c.id);
  return rows.map((r) => ({
    id: r.id,
    standing: standingOf(r.status, r.status === "pending" && firstOf.get(r.companyId) !== r.id ? 1 : 0),
    version: r.version,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    contactPhone: r.contactPhone,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    decisionReason: r.decisionReason,
    company: { id: r.company.id, nameZh: r.company.nameZh, nameEn: r.company.nameEn, creditCode: r.company.creditCode },
  }));
}

/** The claims for firms in the official's city or province, oldest first (the order they are decided in). */
export async function listClaims(actor: Actor, filters: ClaimFilters) {
  const scope = scopeFilter(actor, "claim:decide");
  if (!scope) throw forbidden();
  const where: Prisma.CompanyClaimWhereInput = {
    company: {
      ...(scope.cityCode ? { cityCode: scope.cityCode } : {}),
      ...(scope.provinceCode ? { provinceCode: scope.provinceCode } : {}),
    },
    ...(filters.status !== "all" ? { status: filters.status } : {}),
  };
  const db = await prisma();
  const [total, rows] = await Promise.all([
    db.companyClaim.count({ where }),
    db.companyClaim.findMany({
      where,
      select: CLAIM_SELECT,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.size,
      take: filters.size,
    }),
  ]);
  return { total, rows: await withStandings(rows) };
}

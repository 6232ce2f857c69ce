import "server-only";
import { may } from "@/lib/auth/permissions";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { accountState, type AccountState } from "@/lib/domain/accounts/account-admin-input";

export interface ColleagueRow {
  id: string;
  name: string;
  email: string;
  createdAt: Date;
  lastSignInAt: Date | null;
  state: AccountState;
  administrator: boolean;
}

export interface ColleaguePage {
  rows: ColleagueRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Whether the caller is the firm's administrator (and so sees the invite, remove and hand-over controls). */
  callerIsAdministrator: boolean;
  administratorName: string | null;
}

/** The accounts of the caller's own firm, the administrator first and then oldest first, a page at a time. */
export async function listColleagues(actor: Actor, page = 1, pageSize = 20): Promise<ColleaguePage> {
  const companyId = requireOwnCompany(actor, "company-user:read");
  const db = await prisma();
  const where = { companyId, role: "company" as const };
  const [total, administrator] = await Promise.all([
    db.user.count({ where }),
    db.user.findFirst({ where: { ...where, companyAdministrator: true }, select: { id: true, name: true } }),
  ]);
  const last = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), last);
  const rows = await db.user.findMany({
    where,
    select: { id: true, name: true, email: true, createdAt: true, lastSignInAt: true, activatedAt: true, disabledAt: true, companyAdministrator: true },
    orderBy: [{ companyAdministrator: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
  });
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      createdAt: r.createdAt,
      lastSignInAt: r.lastSignInAt,
      state: accountState(r),
      administrator: r.companyAdministrator,
    })),
    total,
    page: current,
    pageSize,
    callerIsAdministrator: may(actor, "company-user:manage", { companyId, administratorId: administrator?.id ?? null }),
    administratorName: administrator?.name ?? null,
  };
}

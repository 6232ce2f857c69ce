import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor, Role } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { accountState, type AccountFilters, type AccountState } from "@/lib/domain/accounts/account-admin-input";
import { managedAccountsWhere, requireManagedAccount } from "./account-reach";

export const ACCOUNT_PAGE_SIZE = 25;

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  jurisdictionCode: string | null;
  state: AccountState;
  createdAt: Date;
  lastSignInAt: Date | null;
  twoFactor: boolean;
}

const ROW_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  jurisdictionCode: true,
  activatedAt: true,
  disabledAt: true,
  createdAt: true,
  lastSignInAt: true,
  totpEnabledAt: true,
} as const;

type Row = Prisma.UserGetPayload<{ select: typeof ROW_SELECT }>;

const rowOf = (row: Row): AccountRow => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  jurisdictionCode: row.jurisdictionCode,
  state: accountState(row),
  createdAt: row.createdAt,
  lastSignInAt: row.lastSignInAt,
  twoFactor: row.totpEnabledAt !== null,
});

const STATE_WHERE: Record<AccountState, Prisma.UserWhereInput> = {
  invited: { activatedAt: null, disabledAt: null },
  active: { activatedAt: { not: null }, disabledAt: null },
  disabled: { disabledAt: { not: null } },
};

/** The accounts an administrator manages, by name or email, role, state and jurisdiction, newest first. */
export async function listAccounts(actor: Actor, filters: AccountFilters): Promise<{ rows: AccountRow[]; total: number; page: number; pages: number }> {
  const db = await prisma();
  const where: Prisma.UserWhereInput = {
    AND: [
      managedAccountsWhere(actor),
      filters.role ? { role: filters.role } : {},
      filters.state ? STATE_WHERE[filters.state] : {},
      filters.jurisdiction ? { jurisdictionCode: filters.jurisdiction } : {},
      filters.q ? { OR: [{ name: { contains: filters.q } }, { email: { contains: filters.q.toLowerCase() } }] } : {},
    ],
  };
  const total = await db.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / ACCOUNT_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await db.user.findMany({
    where,
    select: ROW_SELECT,
    orderBy: [{ createdAt: "desc" }, { email: "asc" }],
    skip: (page - 1) * ACCOUNT_PAGE_SIZE,
    take: ACCOUNT_PAGE_SIZE,
  });
  return { rows: rows.map(rowOf), total, page, pages };
}

export interface AccountHistoryEntry {
  at: Date;
  action: string;
  actorName: string | null;
  data: unknown;
}

export interface AccountDetail extends AccountRow {
  /** When the open invitation's link stops working; null when there is none. */
  invitationExpiresAt: Date | null;
  history: AccountHistoryEntry[];
}

/** One managed account with its open invitation and what has been done to it (404 outside the administrator's reach). */
export async function accountDetail(actor: Actor, userId: string): Promise<AccountDetail> {
  const db = await prisma();
  const row = requireManagedAccount(actor, await db.user.findUnique({ where: { id: userId }, select: ROW_SELECT }));
  const [invitation, audit] = await Promise.all([
    db.accountToken.findFirst({
      where: { userId, purpose: "invitation", usedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { expiresAt: true },
    }),
    db.auditLog.findMany({
      where: { entityType: "user", entityId: userId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 50,
      select: { at: true, action: true, actorId: true, data: true },
    }),
  ]);
  const actorIds = [...new Set(audit.map((entry) => entry.actorId).filter((id): id is string => id !== null))];
  const names = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    ...rowOf(row),
    invitationExpiresAt: invitation?.expiresAt ?? null,
    history: audit.map((entry) => ({
      at: entry.at,
      action: entry.action,
      actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
      data: entry.data,
    })),
  };
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { managedAccounts, may, type AccountPlacement } from "@/lib/auth/permissions";
import type { Actor, Role } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors/domain-error";
import { provinceOf } from "@/lib/regions";

/** What an account is, as the permission table sees it: its role, its jurisdiction and that one's province. */
export function accountRecord(account: { role: Role; jurisdictionCode: string | null }) {
  const provinceCode = account.jurisdictionCode ? (provinceOf(account.jurisdictionCode)?.code ?? null) : null;
  return { provinceCode, account: { role: account.role, jurisdictionCode: account.jurisdictionCode } };
}

export const mayManageAccount = (actor: Actor, account: { role: Role; jurisdictionCode: string | null }): boolean =>
  may(actor, "account:manage", accountRecord(account));

export const ACCOUNT_NOT_FOUND = { zh: "账号", en: "account" };

/** 404 for an account the administrator does not manage, as for one that does not exist. */
export function requireManagedAccount<T extends { role: Role; jurisdictionCode: string | null }>(actor: Actor, account: T | null): T {
  if (!account || !mayManageAccount(actor, account)) throw notFound(ACCOUNT_NOT_FOUND);
  return account;
}

function placementWhere(role: Role, placement: AccountPlacement, own: string | null): Prisma.UserWhereInput {
  switch (placement) {
    case "none":
      return { role, jurisdictionCode: null };
    case "province":
      return { role, jurisdictionCode: { not: null } };
    case "own-province":
      return { role, jurisdictionCode: own ?? "" };
    case "city":
      return { role, AND: [{ jurisdictionCode: { startsWith: (own ?? "").slice(0, 2) } }, { jurisdictionCode: { not: own ?? "" } }] };
  }
}

/** The accounts an administrator manages, as a query: the same answer as mayManageAccount, row by row. */
export function managedAccountsWhere(actor: Actor): Prisma.UserWhereInput {
  if (!may(actor, "account:manage")) return { id: { in: [] } };
  const entries = Object.entries(managedAccounts(actor)) as [Role, AccountPlacement][];
  return { OR: entries.map(([role, placement]) => placementWhere(role, placement, actor.jurisdictionCode)) };
}

import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { DomainError } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import type { ColleagueInput } from "@/lib/domain/signup/signup-schema";

export interface CompanyUserRow {
  id: string;
  name: string;
  email: string;
  createdAt: Date;
  disabled: boolean;
}

function ownCompany(actor: Actor): string {
  return requireOwnCompany(actor, "company-user:manage");
}

/** The accounts of the caller's own firm, oldest first, a page at a time. */
export async function listCompanyUsers(
  actor: Actor,
  page = 1,
  pageSize = 20,
): Promise<{ rows: CompanyUserRow[]; total: number; page: number; pageSize: number }> {
  const companyId = ownCompany(actor);
  const db = await prisma();
  const total = await db.user.count({ where: { companyId, role: "company" } });
  const last = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), last);
  const rows = await db.user.findMany({
    where: { companyId, role: "company" },
    select: { id: true, name: true, email: true, createdAt: true, disabledAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
  });
  return { rows: rows.map(({ disabledAt, ...r }) => ({ ...r, disabled: disabledAt !== null })), total, page: current, pageSize };
}

/** A company user adds a colleague to the same firm (the way a second person of a registered firm gets an account). */
export async function addCompanyUser(actor: Actor, input: ColleagueInput): Promise<{ id: string }> {
  const companyId = ownCompany(actor);
  const db = await prisma();
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  const taken = () => new DomainError("conflict", { zh: "该邮箱已有账号。", en: "This email already has an account." }, { field: "email" });
  if (existing) throw taken();
  await assertStrongPassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: "company", companyId },
        select: { id: true },
      });
      await appendAudit(tx, actor, { action: "company.user-add", entityType: "company", entityId: companyId, data: { userId: user.id } });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

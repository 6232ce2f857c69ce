import { hashPassword } from "@/lib/auth/password";
import { checkCreditCode } from "@/lib/company/credit-code";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { INDUSTRIES } from "@/lib/demo/industries";
import { DomainError } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { resolveRegionChain } from "./region-chain";
import type { SignupInput } from "./signup-schema";

export const creditCodeTaken = () =>
  new DomainError(
    "conflict",
    {
      zh: "该统一社会信用代码已注册。如您是该企业员工，请联系贵企业已有账号的管理员在“企业用户”中为您添加账号。",
      en: "This credit code is already registered. If you work for this firm, ask your company's administrator to add you under “Company users”.",
    },
    { field: "creditCode", reason: "registered" },
  );

export const emailTaken = () =>
  new DomainError("conflict", { zh: "该邮箱已注册，请直接登录。", en: "This email already has an account; please sign in." }, { field: "contactEmail", reason: "email-registered" });

/**
 * A firm registers itself: its unified social credit code must pass the GB 32100 check and not be
 * registered yet; the region must exist. The company and its first user (who signs in with the
 * contact email) are created together, with an audit entry, or not at all.
 */
export async function registerCompany(input: SignupInput): Promise<{ companyId: string; userId: string; email: string }> {
  const code = checkCreditCode(input.creditCode);
  if (!code.valid) throw new DomainError("invalid", code.message, { field: "creditCode", problem: code.problem });
  if (!INDUSTRIES.some((industry) => industry.code === input.industryCode)) {
    throw new DomainError("invalid", { zh: "请选择所属行业。", en: "Choose an industry." }, { field: "industryCode" });
  }
  const db = await prisma();
  const region = await resolveRegionChain(db, input.provinceCode, input.cityCode, input.countyCode || undefined);
  const [company, user] = await Promise.all([
    db.company.findUnique({ where: { creditCode: code.code }, select: { id: true } }),
    db.user.findUnique({ where: { email: input.contactEmail }, select: { id: true } }),
  ]);
  if (company) throw creditCodeTaken();
  if (user) throw emailTaken();

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.company.create({
        data: {
          creditCode: code.code,
          nameZh: input.companyName,
          ...region,
          industryCode: input.industryCode,
          contactName: input.contactName,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone,
        },
        select: { id: true },
      });
      const account = await tx.user.create({
        data: { email: input.contactEmail, passwordHash, name: input.contactName, role: "company", companyId: created.id },
        select: { id: true, email: true },
      });
      await appendAudit(tx, { id: account.id, role: "company" }, { action: "company.signup", entityType: "company", entityId: created.id, data: { creditCode: code.code } });
      return { companyId: created.id, userId: account.id, email: account.email };
    });
  } catch (error) {
    // Two sign-ups at once: the unique indexes decide, and the loser is told why.
    if (isUniqueViolation(error)) {
      const again = await db.company.findUnique({ where: { creditCode: code.code }, select: { id: true } });
      throw again ? creditCodeTaken() : emailTaken();
    }
    throw error;
  }
}

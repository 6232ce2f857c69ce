import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { checkCreditCode } from "@/lib/company/credit-code";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { INDUSTRIES } from "@/lib/demo/industries";
import { DomainError } from "@/lib/errors/domain-error";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueSignupVerification } from "../accounts/email-verification";
import { appendAudit } from "../audit/append-audit";
import { creditCodeClaimable } from "../claims/claimable";
import { sendEmailDirectly } from "../notifications/send-email";
import { signupEmails } from "./signup-emails";
import { resolveRegionChain } from "./region-chain";
import type { SignupInput } from "@/lib/domain/signup/signup-schema";

export const creditCodeTaken = () =>
  new DomainError(
    "conflict",
    {
      zh: "该统一社会信用代码已注册。如您是该企业员工，请联系贵企业已有账号的管理员在“企业用户”中为您添加账号。",
      en: "This credit code is already registered. If you work for this firm, ask your company's administrator to add you under “Company users”.",
    },
    { field: "creditCode", reason: "registered" },
  );

/**
 * The outcome for the caller's own use (tests, logs): the ids are null when the email already had
 * an account. The person signing up is shown only `email`, alike in both cases, so the form
 * cannot be used to find out who has an account; the explanation goes to the address itself.
 */
export interface SignupReceipt {
  email: string;
  companyId: string | null;
  userId: string | null;
}

/**
 * A firm registers itself: its unified social credit code must pass the GB 32100 check and not be
 * registered yet; the region must exist. The company and its first user (who signs in with the
 * contact email) are created together, with an audit entry, or not at all. If the contact email
 * already has an account, nothing is written and the answer is the same as for a new one; the
 * account's owner is told by email instead (the password is hashed either way, so the time taken
 * does not tell the two apart).
 */
export async function registerCompany(input: SignupInput): Promise<SignupReceipt> {
  const code = checkCreditCode(input.creditCode);
  if (!code.valid) throw new DomainError("invalid", code.message, { field: "creditCode", problem: code.problem });
  if (!INDUSTRIES.some((industry) => industry.code === input.industryCode)) {
    throw new DomainError("invalid", { zh: "请选择所属行业。", en: "Choose an industry." }, { field: "industryCode" });
  }
  await assertStrongPassword(input.password, [input.contactEmail, input.contactName, input.companyName]);
  const db = await prisma();
  const region = await resolveRegionChain(db, input.provinceCode, input.cityCode, input.countyCode || undefined);
  const [company, user, passwordHash] = await Promise.all([
    db.company.findUnique({ where: { creditCode: code.code }, select: { id: true, _count: { select: { users: true } } } }),
    db.user.findUnique({ where: { email: input.contactEmail }, select: { id: true } }),
    hashPassword(input.password),
  ]);
  // A firm's registration is a matter of the firm, not of a person: that one is said openly.
  // A firm on the register with no user (an imported list) is claimed instead (docs/decisions/027).
  if (company) throw company._count.users === 0 ? creditCodeClaimable(code.code) : creditCodeTaken();
  const receipt: SignupReceipt = { email: input.contactEmail, companyId: null, userId: null };
  if (user) {
    await sendEmailDirectly([input.contactEmail], signupEmails.alreadyRegistered());
    return receipt;
  }

  try {
    const ids = await db.$transaction(async (tx) => {
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
        // Unverified until the link in the sign-up email is opened: drafts yes, submitting no (docs/decisions/026).
        // The person who signs the firm up is its administrator (docs/decisions/028).
        data: {
          email: input.contactEmail,
          passwordHash,
          name: input.contactName,
          role: "company",
          companyId: created.id,
          companyAdministrator: true,
          emailVerifiedAt: null,
        },
        select: { id: true },
      });
      await appendAudit(
        tx,
        { id: account.id, role: "company" },
        { action: "company.signup", entityType: "company", entityId: created.id, data: { creditCode: code.code } },
      );
      const mail = await queueSignupVerification(tx, { id: account.id, email: input.contactEmail });
      return { companyId: created.id, userId: account.id, mail };
    });
    await requestDelivery(ids.mail);
    return { ...receipt, companyId: ids.companyId, userId: ids.userId };
  } catch (error) {
    // Two sign-ups at once: the unique indexes decide. The firm's loser is told why; an email
    // taken meanwhile is answered like any taken email.
    if (isUniqueViolation(error)) {
      if (await db.company.findUnique({ where: { creditCode: code.code }, select: { id: true } })) throw creditCodeTaken();
      await sendEmailDirectly([input.contactEmail], signupEmails.alreadyRegistered());
      return receipt;
    }
    throw error;
  }
}

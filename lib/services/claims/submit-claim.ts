import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { checkCreditCode } from "@/lib/company/credit-code";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { ClaimInput } from "@/lib/domain/claims/claim-input";
import { DomainError } from "@/lib/errors/domain-error";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueEmail } from "@/lib/outbox/queue-email";
import { issueAccountToken } from "../accounts/account-tokens";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { notify } from "../notifications/notify";
import { sendEmailDirectly, sendEmails } from "../notifications/send-email";
import { claimEmails } from "./claim-emails";
import { CLAIM_PROOF_HOURS, CLAIM_PROOF_SECTION } from "./claim-proof";
import { systemNow } from "@/lib/calendar/today";

const fieldError = (kind: "invalid" | "conflict", field: string, bilingual: { zh: string; en: string }, extra: Record<string, unknown> = {}) =>
  new DomainError(kind, bilingual, { field, ...extra });

export const unknownFirm = () =>
  fieldError(
    "invalid",
    "creditCode",
    {
      zh: "登记册中没有该统一社会信用代码的企业，无需认领，请直接注册企业账号。",
      en: "No firm with this credit code is on the register, so there is nothing to claim: sign the firm up instead.",
    },
    { reason: "unknown" },
  );

export const firmHasUsers = () =>
  fieldError(
    "conflict",
    "creditCode",
    {
      zh: "该企业已有账号，不能认领。如您是该企业员工，请联系贵企业已有账号的管理员在“企业用户”中为您添加账号。",
      en: "This firm already has accounts and cannot be claimed. If you work for it, ask your company's administrator to add you under “Company users”.",
    },
    { reason: "registered" },
  );

const badProof = () =>
  fieldError("invalid", "proofDocumentId", {
    zh: "证明材料无效或已过期，请重新上传营业执照或授权书。",
    en: "The proof is not valid or has expired; upload the business licence or authorisation letter again.",
  });

export interface ClaimReceipt {
  /** What the person is shown: alike whether or not the address already had an account. */
  email: string;
  /** For the caller's own use (tests, logs); null when nothing was recorded. */
  claimId: string | null;
  userId: string | null;
  /** Behind an earlier claim for the same firm. */
  waiting: boolean;
}

/** The claimable firm for a credit code: on the register, with no user. Throws the field error otherwise. */
export async function claimableFirm(tx: Tx, creditCode: string) {
  const company = await tx.company.findUnique({
    where: { creditCode },
    select: { id: true, nameZh: true, cityCode: true, provinceCode: true, _count: { select: { users: true } } },
  });
  if (!company) throw unknownFirm();
  if (company._count.users > 0) throw firmHasUsers();
  return company;
}

/**
 * A person claims a firm that is on the register with no user — one that arrived through an
 * imported published list (docs/decisions/027). Recorded together, or not at all: their account
 * (a company account with no company, which no own-company permission reaches), the claim with
 * the proof they uploaded, the audit entry, a receipt in their inbox and by email, and a notice
 * to the firm's city and province officials. A second claim for the same firm is recorded and
 * waits behind the first. As at sign-up, an address that already has an account gets the same
 * answer on screen and an explanation by email, with nothing recorded.
 */
export async function submitClaim(input: ClaimInput, now = systemNow()): Promise<ClaimReceipt> {
  const code = checkCreditCode(input.creditCode);
  if (!code.valid) throw fieldError("invalid", "creditCode", code.message, { problem: code.problem });
  const db = await prisma();
  const company = await claimableFirm(db, code.code);
  const proofIsLoose = async (tx: Tx) =>
    (await tx.document.count({
      where: {
        id: input.proofDocumentId,
        section: CLAIM_PROOF_SECTION,
        applicationId: null,
        changeReportId: null,
        objectionId: null,
        deletedAt: null,
        companyClaim: null,
        createdAt: { gte: new Date(now.getTime() - CLAIM_PROOF_HOURS * 3_600_000) },
      },
    })) === 1;
  if (!(await proofIsLoose(db))) throw badProof();
  await assertStrongPassword(input.password, [input.contactEmail, input.contactName, company.nameZh]);
  const [existing, passwordHash] = await Promise.all([
    db.user.findUnique({ where: { email: input.contactEmail }, select: { id: true } }),
    hashPassword(input.password),
  ]);
  const receipt: ClaimReceipt = { email: input.contactEmail, claimId: null, userId: null, waiting: false };
  if (existing) {
    await sendEmailDirectly([input.contactEmail], claimEmails.emailTaken());
    return receipt;
  }

  try {
    const { outcome, emails, message, verification } = await db.$transaction(async (tx) => {
      // Again inside the transaction: a colleague added or a claim approved meanwhile.
      await claimableFirm(tx, code.code);
      if (!(await proofIsLoose(tx))) throw badProof();
      const user = await tx.user.create({
        // Unverified until the emailed link is opened, as at sign-up (docs/decisions/026).
        data: { email: input.contactEmail, passwordHash, name: input.contactName, role: "company", companyId: null, emailVerifiedAt: null, createdAt: now },
        select: { id: true },
      });
      const token = await issueAccountToken(tx, { userId: user.id, purpose: "email-verification", createdById: user.id, now });
      const verification = await queueEmail(tx, [input.contactEmail], claimEmails.verify(token.secret), { secretLink: true });
      const ahead = await tx.companyClaim.count({ where: { companyId: company.id, status: "pending" } });
      const claim = await tx.companyClaim.create({
        data: {
          companyId: company.id,
          claimantId: user.id,
          contactName: input.contactName,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone,
          proofDocumentId: input.proofDocumentId,
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.document.update({ where: { id: input.proofDocumentId }, data: { uploadedById: user.id } });
      const actor = { id: user.id, role: "company" as const };
      await appendAudit(tx, actor, {
        action: "company-claim.submit",
        entityType: "company",
        entityId: company.id,
        toStatus: "pending",
        data: { claimId: claim.id, claimantId: user.id, proofDocumentId: input.proofDocumentId, waitingBehind: ahead },
      });
      const receiptMessage = {
        kind: "claim.received",
        title: { zh: `已收到您对${company.nameZh}的认领申请`, en: `Your claim for ${company.nameZh} was received` },
        body:
          ahead > 0
            ? {
                zh: "该企业已有较早的认领申请在审核中，您的申请将在其处理后审核。审核结果将通知您。",
                en: "An earlier claim for this firm is being decided; yours will be decided after it. You will be told the outcome.",
              }
            : {
                zh: "企业所在地主管部门将核对您上传的证明材料，审核结果将通知您。通过后，您即成为该企业在平台上的管理员。",
                en: "The firm's officials will check the proof you uploaded and tell you the outcome. Once approved, you become the firm's administrator on the portal.",
              },
        link: "/claim/status",
      };
      const emails = await notify(tx, [{ id: user.id }], receiptMessage);
      const toOfficials = {
        kind: "claim.submitted",
        title: { zh: `${company.nameZh}收到企业认领申请`, en: `A claim for ${company.nameZh} awaits a decision` },
        body: { zh: `申请人：${input.contactName}，请核对证明材料后审核。`, en: `Claimant: ${input.contactName}. Check the proof and decide.` },
        link: `/staff/claims/${claim.id}`,
      };
      emails.push(
        ...(await notify(
          tx,
          [
            { role: "municipal", jurisdictionCode: company.cityCode },
            { role: "provincial", jurisdictionCode: company.provinceCode },
          ],
          toOfficials,
        )),
      );
      return { outcome: { ...receipt, claimId: claim.id, userId: user.id, waiting: ahead > 0 }, emails, message: receiptMessage, verification };
    });
    await requestDelivery(verification);
    await sendEmails(emails, message);
    return outcome;
  } catch (error) {
    if (isUniqueViolation(error)) {
      // The address was taken meanwhile, or the same proof named by a second claim at once.
      if (await db.user.findUnique({ where: { email: input.contactEmail }, select: { id: true } })) {
        await sendEmailDirectly([input.contactEmail], claimEmails.emailTaken());
        return receipt;
      }
      throw badProof();
    }
    throw error;
  }
}

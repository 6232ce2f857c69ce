import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import type { TokenVerdict } from "@/lib/domain/accounts/account-token";
import { DomainError } from "@/lib/errors/domain-error";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueEmail } from "@/lib/outbox/queue-email";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { signupThrottled } from "../signup/signup-throttle";
import { consumeAccountToken, inspectAccountToken, issueAccountToken } from "./account-tokens";
import { verificationEmails } from "./email-verification-emails";

/** Resent links per account and hour: enough for a lost email or two, not a way to flood an inbox. */
export const RESEND_LIMIT = { perClient: 5, windowSeconds: 60 * 60 };

/**
 * Issues a verification link for a new company contact and queues its email, in the caller's
 * transaction (sign-up): the returned outbox ids are for requestDelivery once it has committed.
 */
export async function queueSignupVerification(tx: Tx, user: { id: string; email: string }, now: Date = systemNow()): Promise<string[]> {
  const token = await issueAccountToken(tx, { userId: user.id, purpose: "email-verification", createdById: user.id, now });
  return queueEmail(tx, [user.email], verificationEmails.registered(token.secret), { secretLink: true });
}

export async function emailVerified(userId: string): Promise<boolean> {
  const db = await prisma();
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return Boolean(user?.emailVerifiedAt);
}

/**
 * Submitting an application is what an unverified contact may not do (they may save drafts): an
 * officials' queue must not fill with files from an address nobody answers. Called first in the
 * submitting transaction, so a refusal writes nothing.
 */
export async function requireVerifiedEmail(tx: Tx, userId: string): Promise<void> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  if (user && !user.emailVerifiedAt) {
    throw new DomainError(
      "invalid",
      {
        zh: "请先验证邮箱：打开注册邮件中的验证链接后再提交申报。没有收到邮件？可在企业首页重新发送验证邮件。",
        en: "Please verify your email first: open the link in the sign-up email, then submit. No email? Send it again from the company home page.",
      },
      { reason: "email-unverified" },
    );
  }
}

export type VerificationOutcome = { outcome: "verified" | "already-verified" } | { outcome: "refused"; verdict: Exclude<TokenVerdict, "valid"> };

/**
 * The emailed link, opened: possessing it is the proof, so opening the page verifies (a mail
 * scanner that opens it first proves the same thing: the email arrived). Opened again, a link
 * already spent on an address that is verified says so rather than "used".
 */
export async function verifyEmailByLink(secret: unknown, now: Date = systemNow()): Promise<VerificationOutcome> {
  const db = await prisma();
  const look = await inspectAccountToken(db, secret, "email-verification", now);
  if (look.verdict === "used" && look.token && (await emailVerified(look.token.userId))) return { outcome: "already-verified" };
  if (look.verdict !== "valid") return { outcome: "refused", verdict: look.verdict };
  try {
    await db.$transaction(async (tx) => {
      const spent = await consumeAccountToken(tx, secret, "email-verification", now);
      const user = await tx.user.findUniqueOrThrow({ where: { id: spent.userId }, select: { id: true, role: true, email: true, emailVerifiedAt: true } });
      if (user.emailVerifiedAt) return;
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now }, select: { id: true } });
      await appendAudit(
        tx,
        { id: user.id, role: user.role },
        { action: "account.email-verified", entityType: "user", entityId: user.id, data: { email: user.email } },
      );
    });
  } catch (error) {
    // Two openings at once: the second finds the link spent by the first.
    if (error instanceof DomainError && typeof error.details.verdict === "string") {
      const verdict = error.details.verdict as Exclude<TokenVerdict, "valid">;
      return verdict === "used" ? { outcome: "already-verified" } : { outcome: "refused", verdict };
    }
    throw error;
  }
  return { outcome: "verified" };
}

/** A new link for the signed-in person; the older one stops working (issueAccountToken revokes it). */
export async function resendVerification(actor: Actor, now: Date = systemNow(), limits = RESEND_LIMIT): Promise<{ email: string }> {
  const db = await prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, emailVerifiedAt: true } });
  if (user.emailVerifiedAt) {
    throw new DomainError("conflict", { zh: "您的邮箱已验证，无需再次验证。", en: "Your email is already verified." }, { reason: "email-verified" });
  }
  if (await signupThrottled(`verification-resend:${user.id}`, limits)) {
    throw new DomainError(
      "invalid",
      { zh: "验证邮件发送次数过多，请一小时后再试。", en: "Too many verification emails sent. Please try again in an hour." },
      { reason: "throttled" },
    );
  }
  const ids = await db.$transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId: user.id, purpose: "email-verification", createdById: user.id, now });
    return queueEmail(tx, [user.email], verificationEmails.resent(token.secret), { secretLink: true });
  });
  await requestDelivery(ids);
  return { email: user.email };
}

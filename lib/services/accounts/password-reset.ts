import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { endSessionsOf } from "@/lib/auth/session-store";
import { systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import type { RequestPasswordResetInput, ResetPasswordInput } from "@/lib/domain/accounts/password-reset";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueEmail } from "@/lib/outbox/queue-email";
import { appendAudit } from "../audit/append-audit";
import { consumeAccountToken, inspectAccountToken, issueAccountToken, tokenRefusal } from "./account-tokens";
import { passwordEmails } from "./password-emails";

/**
 * The answer to a reset request never depends on the address: it is not awaited on delivery, and
 * it is held to this floor, so that neither its words nor its time tell whether an account exists.
 */
export const RESET_ANSWER_MS = 300;

export interface ResetRequestOptions {
  now?: Date;
  /** The answer's minimum duration; tests of the outcome alone may lower it. */
  floorMs?: number;
}

/**
 * Someone asks for a reset link. Only an enabled account that has been activated (an invited
 * person who never set a password uses their invitation) gets an email; every caller gets the
 * same receipt.
 */
export async function requestPasswordReset(input: RequestPasswordResetInput, options: ResetRequestOptions = {}): Promise<{ email: string }> {
  const started = Date.now();
  const now = options.now ?? systemNow();
  const db = await prisma();
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, disabledAt: true, activatedAt: true } });
  if (user && !user.disabledAt && user.activatedAt) {
    const ids = await db.$transaction(async (tx) => {
      const token = await issueAccountToken(tx, { userId: user.id, purpose: "password-reset", now });
      return queueEmail(tx, [user.email], passwordEmails.reset(token.secret), { secretLink: true });
    });
    void requestDelivery(ids);
  }
  const left = (options.floorMs ?? RESET_ANSWER_MS) - (Date.now() - started);
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  return { email: input.email };
}

/** What the page of a reset link shows: the form, or why the link opens nothing. */
export async function inspectPasswordResetLink(secret: unknown, now: Date = systemNow()) {
  const db = await prisma();
  const { verdict } = await inspectAccountToken(db, secret, "password-reset", now);
  return verdict;
}

/**
 * A new password through a reset link. The link is checked first without spending it (so a weak
 * password can be corrected with the same link), then spent under its row lock in the one
 * transaction that sets the password, ends every session of the account and writes the audit.
 */
export async function resetPassword(input: ResetPasswordInput, now: Date = systemNow()): Promise<{ email: string }> {
  const db = await prisma();
  const look = await inspectAccountToken(db, input.token, "password-reset", now);
  if (look.verdict !== "valid" || !look.token) throw tokenRefusal(look.verdict === "valid" ? "unknown" : look.verdict);
  const user = await db.user.findUniqueOrThrow({ where: { id: look.token.userId }, select: { id: true, email: true, name: true, role: true } });
  await assertStrongPassword(input.password, [user.email, user.name]);
  const passwordHash = await hashPassword(input.password);

  const ids = await db.$transaction(async (tx) => {
    const spent = await consumeAccountToken(tx, input.token, "password-reset", now);
    const account = await tx.user.findUniqueOrThrow({ where: { id: spent.userId }, select: { disabledAt: true, emailVerifiedAt: true } });
    // Disabled after the link was sent: the link opens nothing (the transaction undoes its use).
    if (account.disabledAt) throw tokenRefusal("revoked");
    // The link arrived at the address, which is what a verification would show.
    await tx.user.update({ where: { id: spent.userId }, data: { passwordHash, emailVerifiedAt: account.emailVerifiedAt ?? now }, select: { id: true } });
    const ended = await endSessionsOf(tx, spent.userId, "password-reset", now);
    await appendAudit(
      tx,
      { id: user.id, role: user.role },
      { action: "account.password-reset", entityType: "user", entityId: user.id, data: { sessionsEnded: ended } },
    );
    return queueEmail(tx, [user.email], passwordEmails.changed());
  });
  await requestDelivery(ids);
  return { email: user.email };
}

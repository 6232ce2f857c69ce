import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { signInThrottle } from "@/lib/auth/rate-limit";
import type { Actor } from "@/lib/auth/roles";
import { endSessionsOf } from "@/lib/auth/session-store";
import { systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import type { ChangePasswordInput } from "@/lib/domain/accounts/password-reset";
import { DomainError } from "@/lib/errors/domain-error";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueEmail } from "@/lib/outbox/queue-email";
import { appendAudit } from "../audit/append-audit";
import { passwordEmails } from "./password-emails";

const wrongCurrent = () =>
  new DomainError("invalid", { zh: "当前密码不正确。", en: "The current password is not correct." }, { field: "currentPassword", reason: "current-password" });

const tooManyTries = () =>
  new DomainError(
    "invalid",
    { zh: "当前密码输错次数过多，请15分钟后再试。", en: "Too many wrong current passwords. Please try again in 15 minutes." },
    { field: "currentPassword", reason: "throttled" },
  );

/**
 * A signed-in person changes their own password. The current password is asked for (a session
 * left open is not enough), and its wrong guesses count like failed sign-ins of the account.
 *
 * Every session of the account ends, this one included. Keeping the current one would mean
 * re-issuing next-auth's encrypted cookie with a new session id from inside a server action;
 * a password change is rare, and signing in once more also proves the new password works.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput, now: Date = systemNow()): Promise<{ signedOut: true }> {
  const db = await prisma();
  const throttle = signInThrottle();
  const client = `password-change:${actor.id}`;
  if (await throttle.isBlocked(actor.email, client)) throw tooManyTries();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await throttle.recordFailure(actor.email, client);
    throw wrongCurrent();
  }
  await throttle.recordSuccess(actor.email, client);
  if (input.password === input.currentPassword) {
    throw new DomainError(
      "invalid",
      { zh: "新密码不能与当前密码相同。", en: "The new password must differ from the current one." },
      { field: "password", reason: "same-password" },
    );
  }
  await assertStrongPassword(input.password, [user.email, user.name]);
  const passwordHash = await hashPassword(input.password);

  const ids = await db.$transaction(async (tx) => {
    // Guarded on the hash just checked: a change made meanwhile elsewhere is not overwritten.
    const changed = await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (changed.count !== 1) throw wrongCurrent();
    const ended = await endSessionsOf(tx, user.id, "password-change", now);
    await appendAudit(tx, actor, { action: "account.password-change", entityType: "user", entityId: user.id, data: { sessionsEnded: ended } });
    return queueEmail(tx, [user.email], passwordEmails.changed());
  });
  await requestDelivery(ids);
  return { signedOut: true };
}

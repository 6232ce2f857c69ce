import { prisma } from "@/lib/db/client";
import type { Actor } from "./roles";
import { decoyHash, verifyPassword } from "./password";
import { signInThrottle } from "./rate-limit";
import { isTwoFactorRequired, spendSecondFactor } from "./second-factor";
import { signInSchema } from "./sign-in-schema";
import { wallClock } from "@/lib/calendar/today";

/**
 * `mustEnrolTwoFactor`: the password was right and the role requires two-factor, which the
 * account has not set up: the session opens only the enrolment page. `code-required`: the
 * password was right and the account has two-factor; the form asks for the code (nothing is
 * counted against the person). `code-invalid`: a wrong, reused or malformed second factor.
 */
export type AuthenticationResult =
  | { ok: true; actor: Actor; sessionVersion: number; mustEnrolTwoFactor: boolean }
  | { ok: false; reason: "invalid" | "throttled" | "code-required" | "code-invalid" };

/**
 * Checks an email and password. A wrong password and an unknown email give the same answer
 * in about the same time, so the form cannot be used to find out who has an account.
 */
export async function authenticate(input: unknown, client: string): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, code } = parsed.data;
  const throttle = signInThrottle();
  if (await throttle.isBlocked(email, client)) return { ok: false, reason: "throttled" };

  const db = await prisma();
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      jurisdictionCode: true,
      companyId: true,
      passwordHash: true,
      disabledAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
      activatedAt: true,
    },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  // An invited person who has not yet set their password through the link (activatedAt null)
  // gets the same answer as a wrong password: the invitation is the only way in.
  if (!user || !matches || user.disabledAt || !user.activatedAt) {
    await throttle.recordFailure(email, client);
    return { ok: false, reason: "invalid" };
  }
  if (user.totpEnabledAt) {
    if (!code?.trim()) return { ok: false, reason: "code-required" };
    const spent = await db.$transaction((tx) => spendSecondFactor(tx, user.id, code, wallClock()));
    if (!spent) {
      await throttle.recordFailure(email, client);
      return { ok: false, reason: "code-invalid" };
    }
  }
  await throttle.recordSuccess(email, client);
  // Shown to administrators as "last sign-in"; written only once the whole sign-in has passed.
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: wallClock() }, select: { id: true } });
  return {
    ok: true,
    sessionVersion: user.sessionVersion,
    mustEnrolTwoFactor: !user.totpEnabledAt && (await isTwoFactorRequired(user.role)),
    actor: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      jurisdictionCode: user.jurisdictionCode,
      companyId: user.companyId,
    },
  };
}

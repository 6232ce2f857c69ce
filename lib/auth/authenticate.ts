import { prisma } from "@/lib/db/client";
import type { Actor } from "./roles";
import { decoyHash, verifyPassword } from "./password";
import { signInThrottle } from "./rate-limit";
import { signInSchema } from "./sign-in-schema";

export type AuthenticationResult = { ok: true; actor: Actor; sessionVersion: number } | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks an email and password. A wrong password and an unknown email give the same answer
 * in about the same time, so the form cannot be used to find out who has an account.
 */
export async function authenticate(input: unknown, client: string): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
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
    },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !matches || user.disabledAt) {
    await throttle.recordFailure(email, client);
    return { ok: false, reason: "invalid" };
  }
  await throttle.recordSuccess(email, client);
  return {
    ok: true,
    sessionVersion: user.sessionVersion,
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

import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import type { Role } from "@/lib/auth/roles";
import { systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import type { TokenVerdict } from "@/lib/domain/accounts/account-token";
import type { SetPasswordByLinkInput } from "@/lib/domain/accounts/new-password-input";
import { appendAudit } from "../audit/append-audit";
import { consumeAccountToken, inspectAccountToken, tokenRefusal } from "./account-tokens";

export type InvitationView =
  | { verdict: "valid"; email: string; name: string; role: Role; jurisdictionCode: string | null; companyName: string | null; expiresAt: Date }
  | { verdict: Exclude<TokenVerdict, "valid"> };

/** What the invitation page shows for a link, without spending it. An account already set up reads as a used link. */
export async function invitationFor(secret: unknown, now: Date = systemNow()): Promise<InvitationView> {
  const db = await prisma();
  const { verdict, token } = await inspectAccountToken(db, secret, "invitation", now);
  if (verdict !== "valid" || !token) return { verdict: verdict === "valid" ? "unknown" : verdict };
  const user = await db.user.findUnique({
    where: { id: token.userId },
    select: { email: true, name: true, role: true, jurisdictionCode: true, activatedAt: true, disabledAt: true, company: { select: { nameZh: true } } },
  });
  if (!user || user.disabledAt) return { verdict: "revoked" };
  if (user.activatedAt) return { verdict: "used" };
  return {
    verdict: "valid",
    email: user.email,
    name: user.name,
    role: user.role,
    jurisdictionCode: user.jurisdictionCode,
    companyName: user.company?.nameZh ?? null,
    expiresAt: token.expiresAt,
  };
}

/**
 * The invited person sets their password: the link is spent, the password checked by the same
 * policy as sign-up, and the account is active (its address is proven by the link) — in one
 * transaction, so a weak password leaves the link usable. Signing in, and two-factor enrolment
 * where the role requires it, come next on the sign-in page.
 */
export async function acceptInvitation(input: SetPasswordByLinkInput, now: Date = systemNow()): Promise<{ email: string }> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const { userId } = await consumeAccountToken(tx, input.token, "invitation", now);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, name: true, role: true, activatedAt: true, disabledAt: true },
    });
    if (user.disabledAt) throw tokenRefusal("revoked");
    if (user.activatedAt) throw tokenRefusal("used");
    await assertStrongPassword(input.password, [user.email, user.name]);
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(input.password), activatedAt: now, emailVerifiedAt: now },
    });
    await appendAudit(tx, user, { action: "account.activate", entityType: "user", entityId: user.id, fromStatus: "invited", toStatus: "active" });
    return { email: user.email };
  });
}

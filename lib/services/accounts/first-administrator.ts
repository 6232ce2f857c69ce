import "server-only";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { NO_PASSWORD } from "./account-admin";
import { issueAccountToken } from "./account-tokens";
import { wallClock } from "@/lib/calendar/today";

/**
 * A national administrator for a portal that has none yet, made by whoever runs the servers
 * (`npm run admin:invite`): national administrators are not made in the portal, so that no
 * account raises another to its own level (docs/decisions/023). The person gets the same
 * single-use link as any invitation, printed for the operator to hand over.
 */
export async function inviteNationalAdministrator(
  input: { email: string; name: string },
  now = wallClock(),
): Promise<{ userId: string; secret: string; expiresAt: Date }> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      throw new DomainError("conflict", { zh: "该邮箱已有账号。", en: "This email already has an account." }, { field: "email" });
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: "administrator",
        jurisdictionCode: null,
        passwordHash: NO_PASSWORD,
        activatedAt: null,
        createdAt: now,
      },
      select: { id: true },
    });
    const token = await issueAccountToken(tx, { userId: user.id, purpose: "invitation", now });
    await appendAudit(tx, null, {
      action: "account.invite",
      entityType: "user",
      entityId: user.id,
      toStatus: "invited",
      data: { email: input.email, by: "operator" },
    });
    return { userId: user.id, secret: token.secret, expiresAt: token.expiresAt };
  });
}

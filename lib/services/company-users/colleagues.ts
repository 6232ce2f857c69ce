import "server-only";
import { may } from "@/lib/auth/permissions";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { endSessionsOf } from "@/lib/auth/session-store";
import { systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { accountState } from "@/lib/domain/accounts/account-admin-input";
import { COLLEAGUE_REFUSALS, type ColleagueRef, type InviteColleagueInput } from "@/lib/domain/company-users/colleague-input";
import { DomainError, notFound } from "@/lib/errors/domain-error";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueEmail } from "@/lib/outbox/queue-email";
import { NO_PASSWORD } from "../accounts/account-admin";
import { issueAccountToken, revokeAccountTokens } from "../accounts/account-tokens";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { notify } from "../notifications/notify";
import { colleagueEmails } from "./colleague-emails";

const COLLEAGUE = { zh: "同事", en: "colleague" };
const USER_SELECT = { id: true, email: true, name: true, companyAdministrator: true, activatedAt: true, disabledAt: true } as const;

/**
 * Locks the firm's users for a change and checks that the caller is the firm's administrator
 * (the permission table's company-administrator scope), so two changes by one firm take turns
 * and a hand-over cannot cross an invitation. Returns the firm and its name for the emails.
 */
async function asAdministrator(tx: Tx, actor: Actor): Promise<{ companyId: string; companyName: string }> {
  const companyId = requireOwnCompany(actor, "company-user:read");
  await tx.$queryRaw`SELECT id FROM app_user WHERE company_id = ${companyId}::uuid ORDER BY id FOR UPDATE`;
  const [administrator, company] = await Promise.all([
    tx.user.findFirst({ where: { companyId, companyAdministrator: true }, select: { id: true } }),
    tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { nameZh: true } }),
  ]);
  if (!may(actor, "company-user:manage", { companyId, administratorId: administrator?.id ?? null })) {
    throw new DomainError("forbidden", COLLEAGUE_REFUSALS.notAdministrator);
  }
  return { companyId, companyName: company.nameZh };
}

/** A colleague of the caller's firm, or 404 (another firm's user reads as no user at all). */
async function colleagueOf(tx: Tx, companyId: string, userId: string) {
  const user = await tx.user.findFirst({ where: { id: userId, companyId, role: "company" }, select: USER_SELECT });
  if (!user) throw notFound(COLLEAGUE);
  return user;
}

async function sendInvitation(tx: Tx, actor: Actor, user: { id: string; email: string; name: string }, companyName: string, now: Date) {
  const token = await issueAccountToken(tx, { userId: user.id, purpose: "invitation", createdById: actor.id, now });
  return queueEmail(
    tx,
    [user.email],
    colleagueEmails.invitation({ secret: token.secret, expiresAt: token.expiresAt, name: user.name, inviter: actor.name, companyName }),
    {
      secretLink: true,
    },
  );
}

export interface ColleagueInvitation {
  userId: string;
  email: string;
}

/**
 * The firm's administrator invites a colleague by email: an account of the firm with no password
 * and a single-use link to set one (the invitation of docs/decisions/022). An address with an
 * account is refused, except a colleague of this firm who was removed: they are invited back.
 */
export async function inviteColleague(actor: Actor, input: InviteColleagueInput, now: Date = systemNow()): Promise<ColleagueInvitation> {
  const db = await prisma();
  try {
    const { receipt, mail } = await db.$transaction(async (tx) => {
      const { companyId, companyName } = await asAdministrator(tx, actor);
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, companyId: true, disabledAt: true } });
      // Only a firm's own accounts carry its companyId, so this is a removed colleague of this firm.
      const returning = existing && existing.companyId === companyId && existing.disabledAt !== null;
      if (existing && !returning) throw new DomainError("conflict", COLLEAGUE_REFUSALS.emailTaken, { field: "email" });
      const data = { name: input.name, passwordHash: NO_PASSWORD, activatedAt: null, emailVerifiedAt: null, disabledAt: null };
      const user = existing
        ? await tx.user.update({ where: { id: existing.id }, data, select: { id: true, email: true, name: true } })
        : await tx.user.create({
            data: { ...data, email: input.email, role: "company", companyId, createdAt: now },
            select: { id: true, email: true, name: true },
          });
      const mail = await sendInvitation(tx, actor, user, companyName, now);
      await appendAudit(tx, actor, {
        action: "company.colleague-invite",
        entityType: "company",
        entityId: companyId,
        toStatus: "invited",
        data: { userId: user.id, email: user.email, returning: Boolean(returning) },
      });
      return { receipt: { userId: user.id, email: user.email }, mail };
    });
    await requestDelivery(mail);
    return receipt;
  } catch (error) {
    // Two invitations of one address at once: the second meets the unique email.
    if (isUniqueViolation(error)) throw new DomainError("conflict", COLLEAGUE_REFUSALS.emailTaken, { field: "email" });
    throw error;
  }
}

/**
 * Removes a colleague from the firm's accounts: they cannot sign in, their sessions end now and an
 * open invitation stops working. The account is kept (disabled) so the firm's history still names
 * who did what; the administrator cannot remove themselves.
 */
export async function removeColleague(actor: Actor, input: ColleagueRef, now: Date = systemNow()): Promise<void> {
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const { companyId } = await asAdministrator(tx, actor);
    const user = await colleagueOf(tx, companyId, input.userId);
    if (user.id === actor.id) throw new DomainError("conflict", COLLEAGUE_REFUSALS.removeSelf);
    const state = accountState(user);
    if (state === "disabled") throw new DomainError("conflict", COLLEAGUE_REFUSALS.alreadyRemoved);
    await tx.user.update({ where: { id: user.id }, data: { disabledAt: now } });
    await endSessionsOf(tx, user.id, "account-disabled", now);
    await revokeAccountTokens(tx, user.id, "invitation", now);
    await appendAudit(tx, actor, {
      action: "company.colleague-remove",
      entityType: "company",
      entityId: companyId,
      fromStatus: state,
      toStatus: "disabled",
      data: { userId: user.id, email: user.email },
    });
  });
}

/**
 * Hands the firm's administrator role to an active colleague: one transaction moves it (the
 * partial unique index keeps one per firm), writes the audit entry and tells the new
 * administrator. The former administrator stays a colleague.
 */
export async function handOverAdministrator(actor: Actor, input: ColleagueRef, now: Date = systemNow()): Promise<void> {
  const db = await prisma();
  const ids = await db.$transaction(async (tx) => {
    const { companyId, companyName } = await asAdministrator(tx, actor);
    const user = await colleagueOf(tx, companyId, input.userId);
    if (user.id === actor.id) throw new DomainError("conflict", COLLEAGUE_REFUSALS.handOverToSelf);
    if (accountState(user) !== "active") throw new DomainError("conflict", COLLEAGUE_REFUSALS.handOverNotActive);
    await tx.user.update({ where: { id: actor.id }, data: { companyAdministrator: false } });
    await tx.user.update({ where: { id: user.id }, data: { companyAdministrator: true } });
    await appendAudit(tx, actor, {
      action: "company.administrator-hand-over",
      entityType: "company",
      entityId: companyId,
      data: { before: { administratorId: actor.id }, after: { administratorId: user.id } },
    });
    return notify(tx, [{ id: user.id }], colleagueEmails.handedOver({ from: actor.name, companyName, at: now }));
  });
  if (ids.length > 0) await requestDelivery();
}

import "server-only";
import { managedAccounts, may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { endSessionsOf } from "@/lib/auth/session-store";
import { systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import {
  ACCOUNT_REFUSALS,
  accountState,
  jurisdictionFits,
  type AccountRef,
  type ChangeAccountInput,
  type InviteAccountInput,
} from "@/lib/domain/accounts/account-admin-input";
import { DomainError, forbidden } from "@/lib/errors/domain-error";
import { queueEmail } from "@/lib/outbox/queue-email";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { issueAccountToken, revokeAccountTokens } from "./account-tokens";
import { accountRecord, requireManagedAccount } from "./account-reach";
import { invitationEmail } from "./invitation-email";

/** An invited account has no password until the link is used: this string is no Argon2 hash, so nothing verifies against it. */
export const NO_PASSWORD = "!invited";

const refusal = (kind: "invalid" | "conflict", field: string, words: { zh: string; en: string }) => new DomainError(kind, words, { field });

/**
 * The role and jurisdiction an administrator asks for must be an account they manage, placed at
 * the level its role needs (a city for a municipal official…). A role outside their remit is
 * 403; a jurisdiction that does not fit is a field error.
 */
function checkPlacement(actor: Actor, role: InviteAccountInput["role"], jurisdictionCode: string | null): void {
  const placement = managedAccounts(actor)[role];
  if (!placement) throw new DomainError("forbidden", ACCOUNT_REFUSALS.roleNotManaged, { field: "role" });
  if (!jurisdictionFits(placement, jurisdictionCode)) throw refusal("invalid", "jurisdictionCode", ACCOUNT_REFUSALS.jurisdiction);
  // The level is right; whether it is this administrator's own province is the permission's answer.
  if (!may(actor, "account:manage", accountRecord({ role, jurisdictionCode }))) throw refusal("invalid", "jurisdictionCode", ACCOUNT_REFUSALS.jurisdiction);
}

async function sendInvitation(tx: Tx, actor: Actor, user: { id: string; email: string; name: string }, now: Date): Promise<Date> {
  const token = await issueAccountToken(tx, { userId: user.id, purpose: "invitation", createdById: actor.id, now });
  await queueEmail(tx, [user.email], invitationEmail(token.secret, token.expiresAt, user.name), { secretLink: true });
  return token.expiresAt;
}

export interface InvitationReceipt {
  userId: string;
  email: string;
  expiresAt: Date;
}

/**
 * Creates an account by invitation: the person gets an email with a single-use link (72 hours
 * unless INVITATION_TTL_HOURS says otherwise) to set their password. An address that already
 * has an account is refused, except a withdrawn invitation, which is sent again with the new
 * role. The account, the link and the email are one transaction with the audit entry.
 */
export async function inviteAccount(actor: Actor, input: InviteAccountInput, now: Date = systemNow()): Promise<InvitationReceipt> {
  if (!may(actor, "account:manage")) throw forbidden();
  checkPlacement(actor, input.role, input.jurisdictionCode);
  const db = await prisma();
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, role: true, jurisdictionCode: true, activatedAt: true, disabledAt: true },
      });
      const withdrawn = existing && accountState(existing) === "disabled" && existing.activatedAt === null;
      if (existing && !withdrawn) throw refusal("conflict", "email", ACCOUNT_REFUSALS.emailTaken);
      const data = { name: input.name, role: input.role, jurisdictionCode: input.jurisdictionCode };
      const user = existing
        ? await tx.user.update({ where: { id: existing.id }, data: { ...data, disabledAt: null }, select: { id: true, email: true, name: true } })
        : await tx.user.create({
            data: { ...data, email: input.email, passwordHash: NO_PASSWORD, activatedAt: null, emailVerifiedAt: null, createdAt: now },
            select: { id: true, email: true, name: true },
          });
      const expiresAt = await sendInvitation(tx, actor, user, now);
      await appendAudit(tx, actor, {
        action: "account.invite",
        entityType: "user",
        entityId: user.id,
        toStatus: "invited",
        data: { email: input.email, before: existing ? { role: existing.role, jurisdictionCode: existing.jurisdictionCode } : null, after: data },
      });
      return { userId: user.id, email: user.email, expiresAt };
    });
  } catch (error) {
    // Two administrators inviting one address at once: the second meets the unique email.
    if (isUniqueViolation(error)) throw refusal("conflict", "email", ACCOUNT_REFUSALS.emailTaken);
    throw error;
  }
}

const ACCOUNT_SELECT = { id: true, email: true, name: true, role: true, jurisdictionCode: true, activatedAt: true, disabledAt: true } as const;

/** Reads a managed account for a change, locked so two administrators' changes take turns. */
async function lockManaged(tx: Tx, actor: Actor, userId: string) {
  await tx.$queryRaw`SELECT id FROM app_user WHERE id = ${userId}::uuid FOR UPDATE`;
  return requireManagedAccount(actor, await tx.user.findUnique({ where: { id: userId }, select: ACCOUNT_SELECT }));
}

/** A new link for an invitation not yet accepted; the earlier link stops working. */
export async function resendInvitation(actor: Actor, input: AccountRef, now: Date = systemNow()): Promise<InvitationReceipt> {
  if (!may(actor, "account:manage")) throw forbidden();
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const account = await lockManaged(tx, actor, input.userId);
    const state = accountState(account);
    if (state === "disabled") throw new DomainError("conflict", ACCOUNT_REFUSALS.disabled);
    if (state !== "invited") throw new DomainError("conflict", ACCOUNT_REFUSALS.notInvited);
    const expiresAt = await sendInvitation(tx, actor, account, now);
    await appendAudit(tx, actor, { action: "account.invitation-resend", entityType: "user", entityId: account.id, toStatus: "invited" });
    return { userId: account.id, email: account.email, expiresAt };
  });
}

/** Withdraws an invitation: its link stops working and the account is disabled (it can be invited again). */
export async function revokeInvitation(actor: Actor, input: AccountRef, now: Date = systemNow()): Promise<void> {
  if (!may(actor, "account:manage")) throw forbidden();
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const account = await lockManaged(tx, actor, input.userId);
    if (accountState(account) !== "invited") throw new DomainError("conflict", ACCOUNT_REFUSALS.notInvited);
    await revokeAccountTokens(tx, account.id, "invitation", now);
    await tx.user.update({ where: { id: account.id }, data: { disabledAt: now } });
    await appendAudit(tx, actor, {
      action: "account.invitation-revoke",
      entityType: "user",
      entityId: account.id,
      fromStatus: "invited",
      toStatus: "disabled",
    });
  });
}

/**
 * Moves an account to another role or jurisdiction; both the old and the new placement must be
 * the administrator's. The person's sessions end at once: what they may see has changed.
 */
export async function changeAccount(actor: Actor, input: ChangeAccountInput, now: Date = systemNow()): Promise<void> {
  if (!may(actor, "account:manage")) throw forbidden();
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const account = await lockManaged(tx, actor, input.userId);
    checkPlacement(actor, input.role, input.jurisdictionCode);
    if (account.role === input.role && account.jurisdictionCode === input.jurisdictionCode) throw refusal("invalid", "role", ACCOUNT_REFUSALS.unchanged);
    await tx.user.update({ where: { id: account.id }, data: { role: input.role, jurisdictionCode: input.jurisdictionCode } });
    await endSessionsOf(tx, account.id, "account-changed", now);
    await appendAudit(tx, actor, {
      action: "account.change",
      entityType: "user",
      entityId: account.id,
      data: {
        before: { role: account.role, jurisdictionCode: account.jurisdictionCode },
        after: { role: input.role, jurisdictionCode: input.jurisdictionCode },
      },
    });
  });
}

/** Disables an account: it cannot sign in, its sessions end now and an open invitation link stops working. */
export async function disableAccount(actor: Actor, input: AccountRef, now: Date = systemNow()): Promise<void> {
  if (!may(actor, "account:manage")) throw forbidden();
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const account = await lockManaged(tx, actor, input.userId);
    const state = accountState(account);
    if (state === "disabled") throw new DomainError("conflict", ACCOUNT_REFUSALS.alreadyDisabled);
    await tx.user.update({ where: { id: account.id }, data: { disabledAt: now } });
    await endSessionsOf(tx, account.id, "account-disabled", now);
    await revokeAccountTokens(tx, account.id, "invitation", now);
    await appendAudit(tx, actor, { action: "account.disable", entityType: "user", entityId: account.id, fromStatus: state, toStatus: "disabled" });
  });
}

/**
 * Enables a disabled account again. One whose invitation was withdrawn before it was accepted
 * gets a new invitation (it has no password to sign in with).
 */
export async function enableAccount(actor: Actor, input: AccountRef, now: Date = systemNow()): Promise<void> {
  if (!may(actor, "account:manage")) throw forbidden();
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const account = await lockManaged(tx, actor, input.userId);
    if (accountState(account) !== "disabled") throw new DomainError("conflict", ACCOUNT_REFUSALS.notDisabled);
    await tx.user.update({ where: { id: account.id }, data: { disabledAt: null } });
    if (account.activatedAt === null) await sendInvitation(tx, actor, account, now);
    const toStatus = account.activatedAt === null ? "invited" : "active";
    await appendAudit(tx, actor, { action: "account.enable", entityType: "user", entityId: account.id, fromStatus: "disabled", toStatus });
  });
}

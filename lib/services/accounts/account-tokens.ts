import {
  isTokenSecret,
  newTokenSecret,
  TOKEN_REFUSALS,
  tokenHash,
  tokenLifetimeHours,
  tokenVerdict,
  type AccountTokenPurpose,
  type TokenVerdict,
} from "@/lib/domain/accounts/account-token";
import { systemNow } from "@/lib/calendar/today";
import { DomainError } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";

export interface IssuedToken {
  id: string;
  /** The secret for the link; never stored, so it exists only in the caller's hands (and the sealed outbox row). */
  secret: string;
  expiresAt: Date;
}

/**
 * Issues a new link for a purpose. An older link of the same purpose for the same person stops
 * working (revoked), so only the newest email in the inbox opens anything.
 */
export async function issueAccountToken(
  tx: Tx,
  input: { userId: string; purpose: AccountTokenPurpose; createdById?: string | null; now?: Date; env?: Record<string, string | undefined> },
): Promise<IssuedToken> {
  const now = input.now ?? systemNow();
  await tx.accountToken.updateMany({
    where: { userId: input.userId, purpose: input.purpose, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const secret = newTokenSecret();
  const expiresAt = new Date(now.getTime() + tokenLifetimeHours(input.purpose, input.env) * 3_600_000);
  const row = await tx.accountToken.create({
    data: { purpose: input.purpose, tokenHash: tokenHash(secret), userId: input.userId, createdById: input.createdById ?? null, expiresAt, createdAt: now },
    select: { id: true },
  });
  return { id: row.id, secret, expiresAt };
}

/** Revokes every open link of a purpose for a person (an invitation withdrawn, an account disabled). */
export async function revokeAccountTokens(tx: Tx, userId: string, purpose: AccountTokenPurpose, now: Date = systemNow()): Promise<number> {
  const result = await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  return result.count;
}

export interface TokenLookup {
  verdict: TokenVerdict;
  token: { id: string; userId: string; expiresAt: Date } | null;
}

/** What a link is worth, without spending it: for the page that asks for the new password. */
export async function inspectAccountToken(tx: Tx, secret: unknown, purpose: AccountTokenPurpose, now: Date = systemNow()): Promise<TokenLookup> {
  if (!isTokenSecret(secret)) return { verdict: "unknown", token: null };
  const row = await tx.accountToken.findUnique({ where: { tokenHash: tokenHash(secret) } });
  const verdict = outward(tokenVerdict(row, purpose, now));
  return { verdict, token: row && verdict !== "unknown" ? { id: row.id, userId: row.userId, expiresAt: row.expiresAt } : null };
}

/** A link for another purpose is, to its holder, no link at all: nothing tells them what it would open. */
const outward = (verdict: TokenVerdict): TokenVerdict => (verdict === "wrong-purpose" ? "unknown" : verdict);

export function tokenRefusal(verdict: Exclude<TokenVerdict, "valid">): DomainError {
  return new DomainError("invalid", TOKEN_REFUSALS[verdict], { field: "token", verdict });
}

/**
 * Spends a link inside the caller's transaction: the row is locked first, so two requests with
 * the same link cannot both pass (the second sees it used). Returns the person it acts for;
 * refuses every other verdict with its own message.
 */
export async function consumeAccountToken(
  tx: Tx,
  secret: unknown,
  purpose: AccountTokenPurpose,
  now: Date = systemNow(),
): Promise<{ userId: string; tokenId: string }> {
  if (!isTokenSecret(secret)) throw tokenRefusal("unknown");
  const hash = tokenHash(secret);
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM account_token WHERE token_hash = ${hash} FOR UPDATE`;
  const row = locked ? await tx.accountToken.findUnique({ where: { id: locked.id } }) : null;
  const verdict = outward(tokenVerdict(row, purpose, now));
  if (verdict !== "valid" || !row) throw tokenRefusal(verdict === "valid" ? "unknown" : verdict);
  await tx.accountToken.update({ where: { id: row.id }, data: { usedAt: now } });
  return { userId: row.userId, tokenId: row.id };
}

import { createHash, randomBytes } from "node:crypto";

/**
 * Single-use links that act for a person who cannot sign in yet (an invitation), has forgotten
 * their password (a reset) or must show an address is theirs (an email verification). The link
 * carries a random secret; the database keeps only its SHA-256, so a copy of the table opens no
 * account (docs/decisions/022). A secret is 32 random bytes: guessing one is not a question, so
 * a fast hash is enough and lets the lookup be one unique-index read.
 */
export const ACCOUNT_TOKEN_PURPOSES = ["invitation", "password-reset", "email-verification"] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/** How long a link stays good, unless the environment says otherwise (hours). */
export const DEFAULT_TOKEN_HOURS: Record<AccountTokenPurpose, number> = {
  invitation: 72,
  "password-reset": 1,
  "email-verification": 72,
};

const ENV_HOURS: Record<AccountTokenPurpose, string> = {
  invitation: "INVITATION_TTL_HOURS",
  "password-reset": "PASSWORD_RESET_TTL_HOURS",
  "email-verification": "EMAIL_VERIFICATION_TTL_HOURS",
};

/** The lifetime of a purpose's links; a missing, non-numeric or non-positive setting keeps the default. */
export function tokenLifetimeHours(purpose: AccountTokenPurpose, env: Record<string, string | undefined> = process.env): number {
  const raw = env[ENV_HOURS[purpose]];
  const hours = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_TOKEN_HOURS[purpose];
}

const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function newTokenSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Whether a string can be a secret at all: anything else is answered "not valid" without a read. */
export const isTokenSecret = (value: unknown): value is string => typeof value === "string" && SECRET.test(value);

export function tokenHash(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export interface StoredToken {
  purpose: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export type TokenVerdict = "valid" | "unknown" | "wrong-purpose" | "used" | "revoked" | "expired";

/** What a link is worth now. Used and revoked are told apart from expired so the page can say what to do. */
export function tokenVerdict(token: StoredToken | null, purpose: AccountTokenPurpose, now: Date): TokenVerdict {
  if (!token) return "unknown";
  if (token.purpose !== purpose) return "wrong-purpose";
  if (token.usedAt) return "used";
  if (token.revokedAt) return "revoked";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** What the person is told for each refusal, in both languages. A wrong purpose reads as unknown. */
export const TOKEN_REFUSALS: Record<Exclude<TokenVerdict, "valid">, { zh: string; en: string }> = {
  unknown: { zh: "此链接无效，请检查是否完整复制。", en: "This link is not valid. Check that it was copied whole." },
  "wrong-purpose": { zh: "此链接无效，请检查是否完整复制。", en: "This link is not valid. Check that it was copied whole." },
  used: { zh: "此链接已使用过，不能再次使用。", en: "This link has already been used and cannot be used again." },
  revoked: { zh: "此链接已被撤销或已被更新的链接取代。", en: "This link was revoked or replaced by a newer one." },
  expired: { zh: "此链接已过期，请重新申请。", en: "This link has expired. Ask for a new one." },
};

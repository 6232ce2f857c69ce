import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * A link that opens an account (an invitation, a password reset, an email verification) must
 * reach the person by email, so the outbox holds it until the mail is sent; the token table
 * keeps only a hash (docs/decisions/022). So that the outbox is not a second, readable copy of
 * the secret, the link is sealed with AES-256-GCM under a key derived from NEXTAUTH_SECRET (which
 * every instance shares) and the sealed text is erased once the message is sent.
 */
const PREFIX = "sealed:v1:";

function key(secret: string | undefined = process.env.NEXTAUTH_SECRET): Buffer {
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: account links cannot be sealed.");
  return Buffer.from(hkdfSync("sha256", secret, "sme-registry", "outbox-sealed-link", 32));
}

export const isSealedLink = (link: string | null | undefined): link is string => typeof link === "string" && link.startsWith(PREFIX);

export function sealLink(link: string, secret?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const body = Buffer.concat([cipher.update(link, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export function unsealLink(sealed: string, secret?: string): string {
  if (!isSealedLink(sealed)) return sealed;
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("A sealed link could not be opened: NEXTAUTH_SECRET differs from the one that sealed it.");
  }
}

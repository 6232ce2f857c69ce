import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Authenticated encryption (AES-256-GCM) under a key derived from NEXTAUTH_SECRET, which every
 * instance shares, one key per use (`info`): for secrets the database must hold but a copy of it
 * must not reveal — an account link waiting in the outbox, a person's TOTP secret.
 */
const PREFIX = "sealed:v1:";

function key(info: string, secret: string | undefined = process.env.NEXTAUTH_SECRET): Buffer {
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: secrets cannot be sealed.");
  return Buffer.from(hkdfSync("sha256", secret, "sme-registry", info, 32));
}

export const isSealed = (text: string | null | undefined): text is string => typeof text === "string" && text.startsWith(PREFIX);

export function seal(text: string, info: string, secret?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(info, secret), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export function unseal(sealed: string, info: string, secret?: string): string {
  if (!isSealed(sealed)) throw new Error("Not a sealed value.");
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(info, secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("A sealed value could not be opened: NEXTAUTH_SECRET differs from the one that sealed it.");
  }
}

import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** First 32 hex digits of SHA-256 over the public key's SPKI DER: names the key on each tree head. */
  keyId: string;
}

type Env = Record<string, string | undefined>;

/**
 * The key that signs the audit log's tree heads. Never in the database: whoever can write the
 * database could otherwise re-sign a rewritten log. AUDIT_SIGNING_KEY holds an Ed25519 private
 * key in PEM (a secret of the deployment; "\n" may be written as the two characters \n);
 * without it, AUDIT_SIGNING_KEY_FILE or ./data/audit-signing-key.pem, created on first use —
 * convenient for the embedded quick start, and said loudly, because a key beside the data is
 * only as safe as the data folder.
 */
export function auditSigningKey(env: Env = process.env): AuditSigningKey {
  const pem = env.AUDIT_SIGNING_KEY?.trim() ? env.AUDIT_SIGNING_KEY.replaceAll("\\n", "\n") : keyFile(env);
  const cached = cache.get(pem);
  if (cached) return cached;
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    throw new Error(`the audit signing key is not a PEM private key: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519") throw new Error(`the audit signing key must be Ed25519, not ${privateKey.asymmetricKeyType}`);
  const publicKey = createPublicKey(privateKey);
  const key = { privateKey, publicKey, keyId: keyIdOf(publicKey) };
  cache.set(pem, key);
  return key;
}

/**
 * The public keys a tree head may be signed with: the current key's and those of earlier keys
 * (AUDIT_PREVIOUS_PUBLIC_KEYS: PEM public keys, one after another), so rotating the key keeps old
 * heads checkable.
 */
export function trustedAuditKeys(env: Env = process.env): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  const current = auditSigningKey(env);
  keys.set(current.keyId, current.publicKey);
  const previous = env.AUDIT_PREVIOUS_PUBLIC_KEYS?.replaceAll("\\n", "\n") ?? "";
  for (const block of previous.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? []) {
    const key = createPublicKey(block);
    keys.set(keyIdOf(key), key);
  }
  return keys;
}

export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 32);
}

const cache = new Map<string, AuditSigningKey>();

function keyFile(env: Env): string {
  const file = env.AUDIT_SIGNING_KEY_FILE?.trim() || path.join(process.cwd(), "data", "audit-signing-key.pem");
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const { privateKey } = generateKeyPairSync("ed25519");
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": two processes starting at once must not each write a key; the loser reads the winner's.
    writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }), { flag: "wx", mode: 0o600 });
    console.warn(
      `audit log: generated a new signing key in ${file}; set AUDIT_SIGNING_KEY (an Ed25519 PEM private key) in production and keep it out of the data folder`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8");
}

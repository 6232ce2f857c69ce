import "server-only";
import { createHmac } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { seal, unseal } from "./seal";

/**
 * TOTP through otplib (RFC 6238: SHA-1, 6 digits, 30-second steps, what every authenticator app
 * reads). A code is accepted for the step before and after the current one (clock drift), and
 * never for a step at or before the last one accepted, so a code seen over a shoulder cannot be
 * used again. Secrets are sealed at rest; recovery codes are kept as keyed hashes.
 */
const PERIOD = 30;
const TOLERANCE_SECONDS = 30;
const SEAL_INFO = "totp-secret";
export const TOTP_ISSUER = "SME Registry";

export const newTotpSecret = (): string => generateSecret();

export const sealTotpSecret = (secret: string): string => seal(secret, SEAL_INFO);
export const openTotpSecret = (sealed: string): string => unseal(sealed, SEAL_INFO);

export const otpauthUri = (secret: string, account: string): string => generateURI({ issuer: TOTP_ISSUER, label: account, secret, period: PERIOD });

/** The time step the code matched, or null; `afterStep` refuses that step and every earlier one. */
export async function verifyTotp(secret: string, code: string, now: Date, afterStep: number | null): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    period: PERIOD,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  }).catch(() => null);
  return result?.valid && "timeStep" in result ? result.timeStep : null;
}

export function recoveryCodeHash(code: string): string {
  const key = process.env.NEXTAUTH_SECRET;
  if (!key) throw new Error("NEXTAUTH_SECRET is not set: recovery codes cannot be checked.");
  return createHmac("sha256", key)
    .update(`recovery:${code.replace(/[\s-]/g, "").toLowerCase()}`)
    .digest("hex");
}

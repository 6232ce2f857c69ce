import { randomInt } from "node:crypto";
import { z } from "zod";
import type { Role } from "../roles";

/**
 * Two-factor sign-in (TOTP, RFC 6238; docs/decisions/025): what may be required of whom, and how
 * a typed second factor is read. Every account that acts for the government — officials,
 * administrators, experts — may enrol; the national administrator may make it mandatory per role.
 * Company accounts are not in the list: the measures put no such duty on firms.
 */
export const TWO_FACTOR_ROLES = ["municipal", "provincial", "ministry", "administrator", "expert"] as const satisfies readonly Role[];
export type TwoFactorRole = (typeof TWO_FACTOR_ROLES)[number];

export const mayUseTwoFactor = (role: Role): role is TwoFactorRole => (TWO_FACTOR_ROLES as readonly Role[]).includes(role);

/** The national setting: the roles that must sign in with a second factor. The demo requires none. */
export const requiredRolesSchema = z.array(z.enum(TWO_FACTOR_ROLES)).max(TWO_FACTOR_ROLES.length);

export const RECOVERY_CODE_COUNT = 10;
// No 0/1/i/l/o: a code is copied by hand from paper.
const RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
const RECOVERY_CODE = /^[2-9a-hjkmnp-z]{10}$/;

/** Ten one-time codes of ten characters (about 49 bits each), shown as "xxxxx-xxxxx". */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export type SecondFactor = { kind: "totp"; code: string } | { kind: "recovery"; code: string };

/**
 * What a person typed as their second factor: six digits (spaces allowed, as apps show "123 456")
 * or a recovery code (dash, spaces and case ignored). Anything else is no second factor at all.
 */
export function parseSecondFactor(input: unknown): SecondFactor | null {
  if (typeof input !== "string") return null;
  const compact = input.replace(/[\s-]/g, "").toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: "totp", code: compact };
  if (RECOVERY_CODE.test(compact)) return { kind: "recovery", code: compact };
  return null;
}

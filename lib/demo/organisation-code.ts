import { CREDIT_CODE_ALPHABET } from "@/lib/company/credit-code";
import { mixSeed } from "./random";

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** The GB 11714 check character of an eight-character organisation code body: 0–9 or X. */
export function organisationCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8.charAt(i);
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

const MODERN_SPACE = 31 ** 6;
const LEGACY_SPACE = 10 ** 8;
/** Coprime with both spaces, and small enough that index × STEP stays exact below 2^53. */
const STEP = 7_368_787;

/** The largest index (exclusive) for which demo organisation codes are unique. */
export const ORGANISATION_CODE_INDEX_LIMIT = LEGACY_SPACE;

function base31(value: number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) {
    text = CREDIT_CODE_ALPHABET.charAt(value % 31) + text;
    value = Math.floor(value / 31);
  }
  return text;
}

/**
 * A demo organisation code (characters 9–17 of a credit code), unique per index for a seed:
 * firms registered since the credit-code reform (`modern`) get "MA" + six characters + check,
 * older firms keep an eight-digit code + check. Each form scrambles the index bijectively.
 */
export function demoOrganisationCode(index: number, seed: number, modern: boolean): string {
  if (!Number.isSafeInteger(index) || index < 0 || index >= ORGANISATION_CODE_INDEX_LIMIT) {
    throw new RangeError(`organisation code index ${index} is outside 0..${ORGANISATION_CODE_INDEX_LIMIT - 1}`);
  }
  const body = modern
    ? `MA${base31((index * STEP + mixSeed(seed, 1)) % MODERN_SPACE, 6)}`
    : String((index * STEP + mixSeed(seed, 2)) % LEGACY_SPACE).padStart(8, "0");
  return body + organisationCheckCharacter(body);
}

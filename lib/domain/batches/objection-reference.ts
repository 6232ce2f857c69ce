import { randomInt } from "node:crypto";
import type { IsoDate } from "@/lib/calendar/iso-date";

/**
 * An objection's reference, given to the objector to follow it (/notices/objections/status):
 * the two-digit Beijing year of lodging and six characters drawn at random from Crockford's
 * base 32 (no I, L, O or U, so it reads aloud and copies by hand without confusion). Random, not
 * counted: one objector's number says nothing about anyone else's, and 32⁶ ≈ 10⁹ per year is
 * far beyond what the lookup's rate limit lets anyone try.
 */
export const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_PATTERN = /^\d{2}-[0-9A-HJKMNP-TV-Z]{6}$/;

export function newObjectionReference(today: IsoDate, draw: (max: number) => number = randomInt): string {
  let tail = "";
  for (let i = 0; i < 6; i++) tail += REFERENCE_ALPHABET[draw(REFERENCE_ALPHABET.length)];
  return `${today.slice(2, 4)}-${tail}`;
}

/**
 * What a person types back, made comparable: spaces dropped, upper case, and the letters people
 * confuse with digits read as those digits (as Crockford's encoding does). The migration gave
 * older objections hexadecimal references, which this leaves as they are.
 */
export function normaliseReference(typed: string): string {
  const compact = typed.trim().toUpperCase().replace(/\s+/g, "").replace(/[–—_]/g, "-");
  const [year, tail] = compact.includes("-") ? compact.split("-", 2) : [compact.slice(0, 2), compact.slice(2)];
  return `${year}-${(tail ?? "").replace(/[IL]/g, "1").replace(/O/g, "0")}`;
}

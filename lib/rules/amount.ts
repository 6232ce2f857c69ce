/**
 * Money handling. Facts carry yuan as JSON numbers with at most 2 decimals; the engine works in
 * integer fen so that a value exactly on a band edge (10,000,000.00 yuan) compares exactly.
 */

/** Anything above 10 trillion yuan is a typing error, and keeps fen below 2^53 (safe integers). */
export const MAX_YUAN = 1e13;

/**
 * True when the number, as JavaScript prints it (the shortest round-trip form, i.e. what the
 * user typed), has at most `decimals` digits after the point. Exponent forms (1e-7) never pass.
 */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  if (!Number.isFinite(value)) return false;
  const text = String(value);
  if (text.includes("e")) return Number.isInteger(value) && Math.abs(value) < 1e21;
  const point = text.indexOf(".");
  return point < 0 || text.length - point - 1 <= decimals;
}

/**
 * Yuan → fen. Exact for schema-valid amounts: |yuan| ≤ 1e13 means |yuan × 100| ≤ 1e15, where the
 * floating-point error of the product is far below 0.5, so rounding recovers the integer.
 * Returns undefined for anything that is not a usable amount, which callers report as missing.
 */
export function yuanToFen(value: unknown): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > MAX_YUAN) return undefined;
  return Math.round(value * 100);
}

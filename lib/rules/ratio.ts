/**
 * An exact ratio that is also cheap to compare.
 *
 * Value = (n/d + Σ more[i]/more[i+1]) / k, with every numerator and denominator a safe integer
 * (amounts in fen, head counts) and every denominator > 0. `v` is the float value and `err` a
 * generous bound on its absolute error. Comparisons decide on `v` when it is clearly away from the
 * threshold and fall back to exact BigInt cross-multiplication only near a band edge, so "R&D is
 * exactly 3% of revenue" lands in the 3–5% band while ordinary values never allocate a BigInt.
 */
export interface Ratio {
  v: number;
  err: number;
  n: number;
  d: number;
  /** Further terms (numerator, denominator pairs) of an average of ratios, e.g. 2-year growth. */
  more: readonly number[] | null;
  k: number;
}

/** Relative error bound of a ratio's float value (see `err`). */
export const RATIO_REL_ERROR = 1e-13;
const REL = RATIO_REL_ERROR;

export function ratio(n: number, d: number): Ratio {
  const v = n / d;
  return { v, err: Math.abs(v) * REL, n, d, more: null, k: 1 };
}

/** The average of the ratios n[i]/d[i] given as a flat list of pairs (at least one pair). */
export function averageOfRatios(pairs: readonly number[]): Ratio {
  const k = pairs.length / 2;
  let sum = 0;
  let magnitude = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const term = pairs[i]! / pairs[i + 1]!;
    sum += term;
    magnitude += Math.abs(term);
  }
  return {
    v: sum / k,
    err: (magnitude / k) * REL * 4,
    n: pairs[0]!,
    d: pairs[1]!,
    more: pairs.length > 2 ? pairs.slice(2) : null,
    k,
  };
}

/** A threshold such as 3% as the exact fraction tn/td and its float value. */
export interface RatioThreshold {
  tn: number;
  td: number;
  tv: number;
}

/** Percent thresholds carry at most 4 decimals (validated by the rule-set schema). */
export function percentThreshold(percent: number): RatioThreshold {
  const tn = Math.round(percent * 10_000);
  const td = 1_000_000;
  return { tn, td, tv: tn / td };
}

/** Sign of (ratio − threshold): −1, 0 or 1, exactly. */
export function compareRatio(r: Ratio, t: RatioThreshold): number {
  const diff = r.v - t.tv;
  const tolerance = r.err + Math.abs(t.tv) * REL;
  if (diff > tolerance) return 1;
  if (diff < -tolerance) return -1;
  return exactCompare(r, t);
}

function exactCompare(r: Ratio, t: RatioThreshold): number {
  // Σ n_i/d_i / k  vs  tn/td   ⇔   td · Σ n_i·(D/d_i)  vs  tn · k · D, with D = Π d_i > 0.
  let num = BigInt(r.n);
  let den = BigInt(r.d);
  const more = r.more;
  if (more) {
    for (let i = 0; i < more.length; i += 2) {
      const n = BigInt(more[i]!);
      const d = BigInt(more[i + 1]!);
      num = num * d + n * den;
      den = den * d;
    }
  }
  const left = num * BigInt(t.td);
  const right = BigInt(t.tn) * BigInt(r.k) * den;
  return left > right ? 1 : left < right ? -1 : 0;
}

/**
 * compareRatio for a ratio stored flat in a Float64Array (flat-metrics.ts): v, err, k, then k
 * (numerator, denominator) pairs from `at`. Same tolerance, same exact fallback.
 */
export function compareRatioCells(cells: Float64Array, at: number, t: RatioThreshold): number {
  const diff = cells[at]! - t.tv;
  const tolerance = cells[at + 1]! + Math.abs(t.tv) * REL;
  if (diff > tolerance) return 1;
  if (diff < -tolerance) return -1;
  const k = cells[at + 2]!;
  let num = BigInt(cells[at + 3]!);
  let den = BigInt(cells[at + 4]!);
  for (let i = 1; i < k; i++) {
    const n = BigInt(cells[at + 3 + 2 * i]!);
    const d = BigInt(cells[at + 4 + 2 * i]!);
    num = num * d + n * den;
    den = den * d;
  }
  const left = num * BigInt(t.td);
  const right = BigInt(t.tn) * BigInt(k) * den;
  return left > right ? 1 : left < right ? -1 : 0;
}

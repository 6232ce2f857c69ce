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
  return floatSide(r.v, r.err, t) || exactCompare(r.n, r.d, r.more, 0, r.more ? r.more.length / 2 : 0, r.k, t);
}

/**
 * compareRatio for a ratio stored flat in a Float64Array (flat-metrics.ts): v, err, k, then k
 * (numerator, denominator) pairs from `at`. Same tolerance, same exact fallback.
 */
export function compareRatioCells(cells: Float64Array, at: number, t: RatioThreshold): number {
  const k = cells[at + 2]!;
  return floatSide(cells[at]!, cells[at + 1]!, t) || exactCompare(cells[at + 3]!, cells[at + 4]!, cells, at + 5, k - 1, k, t);
}

/** 1 or −1 when the float value is clearly on that side of the threshold; 0 when too near to tell. */
function floatSide(v: number, err: number, t: RatioThreshold): number {
  const diff = v - t.tv;
  const tolerance = err + Math.abs(t.tv) * REL;
  return diff > tolerance ? 1 : diff < -tolerance ? -1 : 0;
}

/** The exact sign for the ratio (n/d + the `extra` further pairs of `more` from `at`) / k. */
function exactCompare(n0: number, d0: number, more: ArrayLike<number> | null, at: number, extra: number, k: number, t: RatioThreshold): number {
  // Σ n_i/d_i / k  vs  tn/td   ⇔   td · Σ n_i·(D/d_i)  vs  tn · k · D, with D = Π d_i > 0.
  let num = BigInt(n0);
  let den = BigInt(d0);
  for (let i = 0; i < extra; i++) {
    const n = BigInt(more![at + 2 * i]!);
    const d = BigInt(more![at + 2 * i + 1]!);
    num = num * d + n * den;
    den = den * d;
  }
  const left = num * BigInt(t.td);
  const right = BigInt(t.tn) * BigInt(k) * den;
  return left > right ? 1 : left < right ? -1 : 0;
}

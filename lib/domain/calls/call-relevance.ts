import { TIERS, type Tier } from "@/lib/domain/tier";

/**
 * The tier a firm may apply for next: the lowest it does not hold validly whose tier below it
 * does hold (each tier requires the one below, rules.md); null when it holds them all.
 */
export function nextTier(heldValid: readonly Tier[]): Tier | null {
  for (const tier of TIERS) if (!heldValid.includes(tier)) return tier;
  return null;
}

export interface RankedCall {
  tier: Tier;
  regionCode: string | null;
  closesOn: string;
  /** Whether the firm may start (or continue) an application to it now. */
  offered: boolean;
}

/**
 * Open calls in the order that matters to a firm: the ones it may apply to first, then its own
 * province's before national ones, then the tier it may apply for next, then the one closing
 * soonest. Stable for equal keys.
 */
export function byRelevance<T>(calls: readonly T[], rank: (call: T) => RankedCall, firm: { provinceCode: string; heldValid: readonly Tier[] }): T[] {
  const next = nextTier(firm.heldValid);
  const key = (c: RankedCall) => [c.offered ? 0 : 1, c.regionCode === firm.provinceCode ? 0 : 1, c.tier === next ? 0 : 1, TIERS.indexOf(c.tier)] as const;
  return calls
    .map((call, index) => ({ call, index, ranked: rank(call) }))
    .map((x) => ({ ...x, key: key(x.ranked) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return a.ranked.closesOn < b.ranked.closesOn ? -1 : a.ranked.closesOn > b.ranked.closesOn ? 1 : a.index - b.index;
    })
    .map((x) => x.call);
}

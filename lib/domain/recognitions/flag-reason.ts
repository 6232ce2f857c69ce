import type { AnnualExplanation } from "../annual-reports/annual-verdict";

/**
 * Why a title is flagged for an official's review (Recognition.flagReason). A firm may be flagged
 * for more than one thing (its data fail a criterion; it missed a deadline): each is an item.
 */
export type FlagItem =
  | ({ kind: "criteria-not-met" } & AnnualExplanation)
  | { kind: "annual-data-missed"; dataYear: number; deadline: string }
  // The firm moved to another province: its titles are checked again there (docs/decisions/024).
  | { kind: "moved-province"; dataYear?: undefined; fromProvinceCode: string; toProvinceCode: string; effectiveOn: string; changeReportId: string };

export interface FlagReason {
  items: FlagItem[];
}

export function parseFlagReason(value: unknown): FlagReason {
  if (value && typeof value === "object" && Array.isArray((value as FlagReason).items)) return value as FlagReason;
  return { items: [] };
}

/** Adds an item, replacing one of the same kind and year (a corrected report replaces the old verdict). */
export function withFlagItem(current: unknown, item: FlagItem): FlagReason {
  const items = parseFlagReason(current).items.filter((i) => !(i.kind === item.kind && i.dataYear === item.dataYear));
  return { items: [...items, item] };
}

import type { IndustryPhrase } from "./industry-phrases";
import { TRADE_NAME_ROUNDS, TWO_CHARACTER_TRADE_NAME_COUNT, tradeName } from "./trade-names";

export interface CompanyName {
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface CompanyNameInput {
  /** The place part: a city's short name, or the municipality's for its districts (福州 / Fuzhou). */
  readonly place: { readonly zh: string; readonly en: string };
  /**
   * The company's number among all companies named after this place (0, 1, 2 …). Distinct
   * ranks at the same place give distinct names; see `company-placement.ts`.
   */
  readonly rank: number;
  /** Any non-negative integer; shuffles which trade names the ranks get (per place and seed). */
  readonly salt: number;
  readonly phrase: IndustryPhrase;
  /** 股份有限公司 instead of 有限公司. */
  readonly jointStock: boolean;
}

const VARIANTS = 2;
const BLOCK = TWO_CHARACTER_TRADE_NAME_COUNT * VARIANTS;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** A multiplier coprime with BLOCK near its golden section, so rank → slot is a scrambling bijection. */
const STEP = (() => {
  let step = Math.floor(BLOCK * 0.6180339887);
  while (gcd(step, BLOCK) !== 1) step++;
  return step;
})();

/** How many names one place can have. */
export const COMPANY_NAMES_PER_PLACE = BLOCK * TRADE_NAME_ROUNDS;

/**
 * "<place><trade name><industry phrase>(股份)有限公司" and its English counterpart, e.g.
 * 福州瑞芯微电子股份有限公司 / Fuzhou Ruixin Microelectronics Co., Ltd.
 *
 * Within a place, rank r uses trade name and phrase variant number (r·STEP + salt) mod BLOCK;
 * two-character trade names last for BLOCK ranks (about 80,000), after which a third character
 * is added. Unique names therefore follow from unique (place, rank) pairs: the place names are
 * prefix-free, no third character starts a phrase, and all phrase variants are distinct.
 */
export function composeCompanyName(input: CompanyNameInput): CompanyName {
  const { place, rank, salt, phrase, jointStock } = input;
  if (!Number.isSafeInteger(rank) || rank < 0 || rank >= COMPANY_NAMES_PER_PLACE) {
    throw new RangeError(`company name rank ${rank} is outside 0..${COMPANY_NAMES_PER_PLACE - 1}`);
  }
  const round = Math.floor(rank / BLOCK);
  const slot = ((rank % BLOCK) * STEP + (salt % BLOCK)) % BLOCK;
  const variant = Math.floor(slot / TWO_CHARACTER_TRADE_NAME_COUNT);
  const trade = tradeName(slot % TWO_CHARACTER_TRADE_NAME_COUNT, round);
  const phraseZh = variant === 0 ? phrase.zh[0] : phrase.zh[1];
  const phraseEn = variant === 0 ? phrase.en[0] : phrase.en[1];
  return {
    nameZh: `${place.zh}${trade.zh}${phraseZh}${jointStock ? "股份有限公司" : "有限公司"}`,
    nameEn: `${place.en} ${trade.en} ${phraseEn} Co., Ltd.`,
  };
}

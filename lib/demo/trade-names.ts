import { CHINA_PROVINCES } from "@/lib/regions/china-regions";
import { joinPinyin } from "./pinyin";
import { BLOCKED_TRADE_NAMES, TRADE_NAME_CHARACTERS, TRADE_NAME_THIRD_CHARACTERS } from "./trade-name-characters";

export interface TradeName {
  readonly zh: string;
  readonly en: string;
}

function placeNames(): Set<string> {
  const names = new Set<string>();
  for (const province of CHINA_PROVINCES) {
    names.add(province.shortNameZh);
    for (const city of province.cities) {
      names.add(city.shortNameZh);
      for (const county of city.counties) names.add(county.shortNameZh);
    }
  }
  return names;
}

function twoCharacterNames(): { zh: string[]; syllables: [string, string][] } {
  const excluded = placeNames();
  const zh: string[] = [];
  const syllables: [string, string][] = [];
  for (const [a, pa] of TRADE_NAME_CHARACTERS) {
    for (const [b, pb] of TRADE_NAME_CHARACTERS) {
      const name = a + b;
      if (a === b || BLOCKED_TRADE_NAMES.has(name) || excluded.has(name)) continue;
      zh.push(name);
      syllables.push([pa, pb]);
    }
  }
  return { zh, syllables };
}

const TWO = twoCharacterNames();
const TWO_EN = TWO.syllables.map((s) => joinPinyin(s));

/** How many two-character trade names there are. */
export const TWO_CHARACTER_TRADE_NAME_COUNT = TWO.zh.length;

/** Rounds of trade names: round 0 is the two-character names, round r ≥ 1 adds a third character. */
export const TRADE_NAME_ROUNDS = 1 + TRADE_NAME_THIRD_CHARACTERS.length;

/**
 * The trade name (字号) number `combination` (0 ≤ combination < TWO_CHARACTER_TRADE_NAME_COUNT)
 * of a round; distinct arguments give distinct names in Chinese and in English.
 */
export function tradeName(combination: number, round = 0): TradeName {
  const zh = TWO.zh[combination];
  const syllables = TWO.syllables[combination];
  if (zh === undefined || syllables === undefined) throw new RangeError(`no trade name number ${combination}`);
  if (round === 0) return { zh, en: TWO_EN[combination]! };
  const third = TRADE_NAME_THIRD_CHARACTERS[round - 1];
  if (third === undefined) throw new RangeError(`no trade name round ${round}`);
  return { zh: zh + third[0], en: joinPinyin([...syllables, third[1]]) };
}

import { joinPinyin } from "./pinyin";
import { FAMILY_NAMES, FEMALE_GIVEN, MALE_GIVEN, type WeightedSyllable } from "./person-name-characters";
import { createRandom, mixSeed, type Random } from "./random";
import { WeightedTable } from "./weighted-table";

export interface DemoPersonName {
  /** Family name first, as written in Chinese: 张晓明. */
  readonly nameZh: string;
  readonly familyNameZh: string;
  readonly givenNameZh: string;
  /** Pinyin, family name first: "Zhang Xiaoming". */
  readonly pinyin: string;
  readonly familyNamePinyin: string;
  readonly givenNamePinyin: string;
  readonly gender: "female" | "male";
}

const FAMILY_TABLE = new WeightedTable(FAMILY_NAMES.map((entry) => [entry, entry[2]] as const));

function givenName(random: Random, pool: readonly WeightedSyllable[]): WeightedSyllable[] {
  const first = random.pick(pool);
  if (random.chance(0.2)) return [first];
  let second = random.pick(pool);
  while (second[0] === first[0]) second = random.pick(pool);
  return [first, second];
}

/**
 * A plausible Chinese personal name (contact persons, officials), deterministic by index and
 * seed. Not unique: common names repeat, as they do in life.
 */
export function demoPersonName(index: number, seed = 1): DemoPersonName {
  const random = createRandom(mixSeed(seed, index, 0x9e0913));
  const family = FAMILY_TABLE.pick(random.next());
  const gender = random.chance(0.5) ? "female" : "male";
  const given = givenName(random, gender === "female" ? FEMALE_GIVEN : MALE_GIVEN);
  const givenNameZh = given.map(([zh]) => zh).join("");
  const familyNamePinyin = joinPinyin([family[1]]);
  const givenNamePinyin = joinPinyin(given.map(([, pinyin]) => pinyin));
  return {
    nameZh: family[0] + givenNameZh,
    familyNameZh: family[0],
    givenNameZh,
    pinyin: `${familyNamePinyin} ${givenNamePinyin}`,
    familyNamePinyin,
    givenNamePinyin,
    gender,
  };
}

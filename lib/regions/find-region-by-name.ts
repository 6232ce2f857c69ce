import { CHINA_PROVINCES } from "./china-regions";
import { normalizeRegionName } from "./normalize-region-name";
import type { Region, RegionLevel } from "./region-types";

export interface FindRegionOptions {
  /** Only consider regions of this level. */
  readonly level?: RegionLevel;
  /** Only consider regions inside this province or city (its six-digit code). */
  readonly within?: string;
}

const LEVEL_ORDER: readonly RegionLevel[] = ["province", "city", "county"];

function namesOf(region: Region): string[] {
  const names = [region.nameZh, region.shortNameZh, region.nameEn, region.fullNameEn];
  if (region.level === "province") names.push(region.abbreviationZh, ...region.aliases);
  return names;
}

function buildIndex(): ReadonlyMap<string, readonly Region[]> {
  const map = new Map<string, Region[]>();
  const add = (region: Region) => {
    for (const key of new Set(namesOf(region).map(normalizeRegionName))) {
      const list = map.get(key);
      if (list) list.push(region);
      else map.set(key, [region]);
    }
  };
  for (const province of CHINA_PROVINCES) {
    add(province);
    for (const city of province.cities) {
      add(city);
      for (const county of city.counties) add(county);
    }
  }
  return map;
}

let nameIndex: ReadonlyMap<string, readonly Region[]> | undefined;

function isWithin(region: Region, container: string): boolean {
  if (region.code === container) return false;
  if (container.endsWith("0000")) return region.code.startsWith(container.slice(0, 2));
  if (container.endsWith("00")) return region.code.startsWith(container.slice(0, 4));
  return region.level === "county" && region.cityCode === container;
}

/**
 * Finds a region by its name: the full or short Chinese name (山西省 / 山西, 内蒙古自治区 / 内蒙古,
 * 广西壮族自治区 / 广西, 福州市 / 福州), a province's one-character abbreviation (晋), or the English
 * name, short or full, in any letter case ("shanxi", "Inner Mongolia Autonomous Region", "Xi'an").
 *
 * Provinces win over cities and cities over counties (吉林 is the province; pass
 * `{ level: "city" }` for 吉林市). When several regions of that level share the name
 * (Taizhou is both 台州 and 泰州) the answer is undefined unless `within` tells them apart.
 */
export function findRegionByName(name: string, options: FindRegionOptions = {}): Region | undefined {
  nameIndex ??= buildIndex();
  const key = normalizeRegionName(name);
  if (key.length === 0) return undefined;
  const within = options.within?.trim();
  const candidates = (nameIndex.get(key) ?? []).filter(
    (region) => (options.level === undefined || region.level === options.level) && (within === undefined || isWithin(region, within)),
  );
  for (const level of LEVEL_ORDER) {
    const atLevel = candidates.filter((region) => region.level === level);
    if (atLevel.length === 1) return atLevel[0];
    if (atLevel.length > 1) return undefined;
  }
  return undefined;
}

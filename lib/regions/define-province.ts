import type { City, County, Province, ProvinceKind } from "./region-types";

/** [code, full Chinese name, English name] of a county-level division. */
export type CountyRow = readonly [code: string, nameZh: string, nameEn: string];

export interface CitySpec {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  /** Needed when the short name is not the full name minus 市/地区/盟/区 (e.g. autonomous prefectures). */
  readonly short?: string;
  /** Needed for autonomous prefectures; otherwise derived from the Chinese suffix. */
  readonly fullEn?: string;
  readonly counties?: readonly CountyRow[];
}

export interface ProvinceSpec {
  readonly code: string;
  readonly zh: string;
  readonly short: string;
  readonly abbreviation: string;
  readonly en: string;
  readonly fullEn: string;
  readonly kind: ProvinceKind;
  readonly aliases?: readonly string[];
  readonly cities: readonly CitySpec[];
}

/** Compact city entry: `city("350100", "福州市", "Fuzhou", { counties: [...] })`. */
export function city(code: string, zh: string, en: string, extra: Omit<CitySpec, "code" | "zh" | "en"> = {}): CitySpec {
  return { code, zh, en, ...extra };
}

const ZH_SUFFIXES: readonly (readonly [zh: string, en: string])[] = [
  ["新区", "New Area"],
  ["地区", "Prefecture"],
  ["盟", "League"],
  ["市", "City"],
  ["区", "District"],
  ["县", "County"],
];

function suffixOf(nameZh: string): readonly [zh: string, en: string] {
  const found = ZH_SUFFIXES.find(([zh]) => nameZh.endsWith(zh));
  if (!found || nameZh.includes("自治")) throw new Error(`give the short and English full name of ${nameZh} explicitly`);
  return found;
}

function shortZh(nameZh: string): string {
  const [suffix] = suffixOf(nameZh);
  const short = nameZh.slice(0, nameZh.length - suffix.length);
  return short.length >= 2 ? short : nameZh;
}

function county(row: CountyRow, provinceCode: string, cityCode: string): County {
  const [code, nameZh, nameEn] = row;
  return {
    level: "county",
    code,
    nameZh,
    shortNameZh: shortZh(nameZh),
    nameEn,
    fullNameEn: `${nameEn} ${suffixOf(nameZh)[1]}`,
    provinceCode,
    cityCode,
  };
}

/** Turns a compact specification into the linked, read-only province tree. */
export function defineProvince(spec: ProvinceSpec): Province {
  const cities: City[] = spec.cities.map((c) => ({
    level: "city",
    code: c.code,
    nameZh: c.zh,
    shortNameZh: c.short ?? shortZh(c.zh),
    nameEn: c.en,
    fullNameEn: c.fullEn ?? `${c.en} ${suffixOf(c.zh)[1]}`,
    provinceCode: spec.code,
    municipalDistrict: spec.kind === "municipality",
    counties: (c.counties ?? []).map((row) => county(row, spec.code, c.code)),
  }));
  return {
    level: "province",
    code: spec.code,
    nameZh: spec.zh,
    shortNameZh: spec.short,
    abbreviationZh: spec.abbreviation,
    nameEn: spec.en,
    fullNameEn: spec.fullEn,
    kind: spec.kind,
    aliases: spec.aliases ?? [],
    cities,
  };
}

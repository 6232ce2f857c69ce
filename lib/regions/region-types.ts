/** Administrative divisions of mainland China (GB/T 2260). */

export type RegionLevel = "province" | "city" | "county";

/** Provincial-level kind: 省, 直辖市 or 自治区. */
export type ProvinceKind = "province" | "municipality" | "autonomous-region";

interface RegionBase {
  /** Six-digit GB/T 2260 code, e.g. "350100". */
  readonly code: string;
  /** Official full name, e.g. "福州市", "广西壮族自治区". */
  readonly nameZh: string;
  /** Name as used in running text and company names, e.g. "福州", "广西". */
  readonly shortNameZh: string;
  /** Short English (pinyin) name, e.g. "Fuzhou", "Guangxi", "Inner Mongolia". */
  readonly nameEn: string;
  /** Full English name, e.g. "Fuzhou City", "Guangxi Zhuang Autonomous Region". */
  readonly fullNameEn: string;
}

/** A county-level division (区, 县, county-level 市). */
export interface County extends RegionBase {
  readonly level: "county";
  readonly provinceCode: string;
  readonly cityCode: string;
}

/**
 * A prefecture-level division (地级市, 自治州, 地区, 盟). For the four municipalities the
 * city level holds their districts (海淀区 110108 …), which is where the codes of those
 * municipalities' companies point; `municipalDistrict` is then true.
 */
export interface City extends RegionBase {
  readonly level: "city";
  readonly provinceCode: string;
  readonly municipalDistrict: boolean;
  /** Only filled in for a few cities; empty means "not listed here", not "none exist". */
  readonly counties: readonly County[];
}

export interface Province extends RegionBase {
  readonly level: "province";
  readonly kind: ProvinceKind;
  /** One-character abbreviation (简称), e.g. "晋" for 山西. */
  readonly abbreviationZh: string;
  /** Further spellings accepted by name lookup, e.g. "Nei Mongol", "内蒙". */
  readonly aliases: readonly string[];
  /** A selection of cities (all of them for some provinces), ordered by code. */
  readonly cities: readonly City[];
}

export type Region = Province | City | County;

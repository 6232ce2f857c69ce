export type { City, County, Province, ProvinceKind, Region, RegionLevel } from "./region-types";
export { CHINA_PROVINCES } from "./china-regions";
export { REGIONS_BY_CODE, regionByCode } from "./region-by-code";
export { provinceOf } from "./province-of";
export { findRegionByName, type FindRegionOptions } from "./find-region-by-name";
export { normalizeRegionName } from "./normalize-region-name";

import { CHINA_PROVINCES } from "./china-regions";
import type { Region } from "./region-types";

function index(): ReadonlyMap<string, Region> {
  const map = new Map<string, Region>();
  for (const province of CHINA_PROVINCES) {
    map.set(province.code, province);
    for (const city of province.cities) {
      map.set(city.code, city);
      for (const county of city.counties) map.set(county.code, county);
    }
  }
  return map;
}

/** Every province, city and county of the tree by its six-digit code. */
export const REGIONS_BY_CODE: ReadonlyMap<string, Region> = index();

/** The region with exactly this six-digit code, if the tree lists it. */
export function regionByCode(code: string): Region | undefined {
  return REGIONS_BY_CODE.get(code.trim());
}

import { REGIONS_BY_CODE } from "./region-by-code";
import type { Province } from "./region-types";

/**
 * The province of an administrative division code: a six-digit code of any level (also one the
 * tree does not list, such as a county of a city whose counties are not included) or the
 * two-digit province prefix. Undefined for malformed codes and codes outside mainland China.
 */
export function provinceOf(code: string): Province | undefined {
  const trimmed = code.trim();
  if (!/^\d{2}(\d{4})?$/.test(trimmed)) return undefined;
  const region = REGIONS_BY_CODE.get(`${trimmed.slice(0, 2)}0000`);
  return region?.level === "province" ? region : undefined;
}

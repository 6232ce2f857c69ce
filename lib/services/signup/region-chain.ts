import { DomainError } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";

export interface RegionChain {
  regionCode: string;
  cityCode: string;
  provinceCode: string;
}

const regionError = () =>
  new DomainError("invalid", { zh: "请选择有效的省、市、区县。", en: "Choose a valid province, city and county." }, { field: "cityCode" });

/**
 * Checks that the chosen province, city and (optional) county exist in the Region table and
 * belong to each other; the firm is registered in the county when one is chosen, else the city.
 */
export async function resolveRegionChain(tx: Tx, provinceCode: string, cityCode: string, countyCode?: string): Promise<RegionChain> {
  const codes = [provinceCode, cityCode, ...(countyCode ? [countyCode] : [])];
  const rows = await tx.region.findMany({ where: { code: { in: codes } }, select: { code: true, level: true, parentCode: true } });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const province = byCode.get(provinceCode);
  const city = byCode.get(cityCode);
  if (province?.level !== "province" || city?.level !== "city" || city.parentCode !== provinceCode) throw regionError();
  if (countyCode) {
    const county = byCode.get(countyCode);
    if (county?.level !== "county" || county.parentCode !== cityCode) {
      throw new DomainError("invalid", { zh: "所选区县不属于该市。", en: "The county chosen is not in that city." }, { field: "countyCode" });
    }
  }
  return { regionCode: countyCode || cityCode, cityCode, provinceCode };
}

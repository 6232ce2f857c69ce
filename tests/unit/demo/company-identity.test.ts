import { beforeAll, describe, expect, it } from "vitest";
import { checkCreditCode } from "@/lib/company/credit-code";
import { CHINA_PROVINCES } from "@/lib/regions/china-regions";
import { REGIONS_BY_CODE } from "@/lib/regions/region-by-code";
import { DEMO_REFERENCE_YEAR, demoCompany, type DemoCompany } from "@/lib/demo/company-identity";
import { INDUSTRIES } from "@/lib/demo/industries";

const COUNT = 200_000;

describe("demo company identities", () => {
  let companies: DemoCompany[] = [];
  beforeAll(() => {
    companies = Array.from({ length: COUNT }, (_, i) => demoCompany(i, 2024));
  });

  it(`gives ${COUNT.toLocaleString("en")} companies valid, unique credit codes`, () => {
    const codes = new Set<string>();
    for (const company of companies) {
      const check = checkCreditCode(company.creditCode);
      if (!check.valid) throw new Error(`${company.creditCode} of company ${company.index}: ${check.problem}`);
      codes.add(company.creditCode);
    }
    expect(codes.size).toBe(COUNT);
  });

  it(`gives ${COUNT.toLocaleString("en")} companies unique names in Chinese and in English`, () => {
    expect(new Set(companies.map((c) => c.nameZh)).size).toBe(COUNT);
    expect(new Set(companies.map((c) => c.nameEn.toLowerCase())).size).toBe(COUNT);
  });

  it("keeps names and codes unique under another seed too", () => {
    const others = Array.from({ length: 50_000 }, (_, i) => demoCompany(i, 7));
    expect(new Set(others.map((c) => c.nameZh)).size).toBe(others.length);
    expect(new Set(others.map((c) => c.nameEn)).size).toBe(others.length);
    expect(new Set(others.map((c) => c.creditCode)).size).toBe(others.length);
  });

  it("codes each company in its own region: entity type 91, its division code, its city and province", () => {
    const problems: string[] = [];
    for (const company of companies) {
      const city = REGIONS_BY_CODE.get(company.cityCode);
      const division = REGIONS_BY_CODE.get(company.divisionCode);
      const ok =
        company.creditCode.slice(0, 2) === "91" &&
        company.creditCode.slice(2, 8) === company.divisionCode &&
        city?.level === "city" &&
        city.provinceCode === company.provinceCode &&
        (division?.code === company.cityCode || (division?.level === "county" && division.cityCode === company.cityCode));
      if (!ok) problems.push(`${company.index} ${company.creditCode} ${company.cityCode} ${company.divisionCode}`);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("names each company after its city (or municipality) and gives it a plausible profile", () => {
    const industries = new Set(INDUSTRIES.map((i) => i.code));
    const problems: string[] = [];
    for (const company of companies) {
      const province = REGIONS_BY_CODE.get(company.provinceCode);
      const city = REGIONS_BY_CODE.get(company.cityCode);
      const place = province?.level === "province" && province.kind === "municipality" ? province : city;
      const ok =
        place !== undefined &&
        company.nameZh.startsWith(place.shortNameZh) &&
        company.nameEn.startsWith(`${place.nameEn} `) &&
        company.nameZh.endsWith("有限公司") &&
        company.nameEn.endsWith(" Co., Ltd.") &&
        industries.has(company.industryCode) &&
        company.foundedYear >= DEMO_REFERENCE_YEAR - 40 &&
        company.foundedYear <= DEMO_REFERENCE_YEAR - 2 &&
        company.employees >= 8 &&
        company.employees < 1000 &&
        // Post-reform firms carry an "MA…" organisation code, older ones an eight-digit one.
        (company.creditCode.slice(8, 10) === "MA") === company.foundedYear >= 2016;
      if (!ok) problems.push(JSON.stringify(company));
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("is deterministic: same index and seed, same company, in any order", () => {
    for (const index of [0, 1, 777, 199_999, 123_456]) expect(demoCompany(index, 2024)).toEqual(companies[index]);
    expect(demoCompany(5, 99)).toEqual(demoCompany(5, 99));
    expect(demoCompany(5, 99)).not.toEqual(demoCompany(5, 2024));
  });

  it("spreads companies over every province, the economic heavyweights first", () => {
    const byProvince = new Map<string, number>();
    for (const company of companies.slice(0, 10_000)) byProvince.set(company.provinceCode, (byProvince.get(company.provinceCode) ?? 0) + 1);
    for (const province of CHINA_PROVINCES) expect(byProvince.get(province.code) ?? 0, province.nameZh).toBeGreaterThan(0);
    const ranked = [...byProvince].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(new Set(ranked.slice(0, 4))).toEqual(new Set(["440000", "320000", "330000", "370000"]));
  });

  it("lets manufacturing dominate the industries", () => {
    const manufacturing = companies.slice(0, 10_000).filter((c) => c.industryCode.startsWith("C")).length;
    expect(manufacturing).toBeGreaterThan(7_000);
  });

  it("rejects indexes that are not non-negative integers", () => {
    expect(() => demoCompany(-1)).toThrow(RangeError);
    expect(() => demoCompany(1.5)).toThrow(RangeError);
  });
});

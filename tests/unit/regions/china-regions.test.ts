import { describe, expect, it } from "vitest";
import { CHINA_PROVINCES } from "@/lib/regions/china-regions";
import { REGIONS_BY_CODE } from "@/lib/regions/region-by-code";

const allCities = CHINA_PROVINCES.flatMap((p) => p.cities);
const allCounties = allCities.flatMap((c) => c.counties);

describe("the region tree (GB/T 2260)", () => {
  it("has the 31 provincial-level divisions with unique six-digit codes ending in 0000", () => {
    expect(CHINA_PROVINCES).toHaveLength(31);
    const codes = CHINA_PROVINCES.map((p) => p.code);
    expect(new Set(codes).size).toBe(31);
    for (const code of codes) expect(code).toMatch(/^[1-6]\d0000$/);
    expect([...codes].sort()).toEqual(codes);
  });

  it("has 22 provinces, 4 municipalities and 5 autonomous regions", () => {
    const count = (kind: string) => CHINA_PROVINCES.filter((p) => p.kind === kind).length;
    expect([count("province"), count("municipality"), count("autonomous-region")]).toEqual([22, 4, 5]);
    expect(CHINA_PROVINCES.filter((p) => p.kind === "municipality").map((p) => p.shortNameZh)).toEqual(["北京", "天津", "上海", "重庆"]);
  });

  it.each([
    ["110000", "北京市", "Beijing"],
    ["140000", "山西省", "Shanxi"],
    ["150000", "内蒙古自治区", "Inner Mongolia"],
    ["350000", "福建省", "Fujian"],
    ["450000", "广西壮族自治区", "Guangxi"],
    ["540000", "西藏自治区", "Tibet"],
    ["610000", "陕西省", "Shaanxi"],
    ["650000", "新疆维吾尔自治区", "Xinjiang"],
  ])("knows %s as %s (%s)", (code, zh, en) => {
    const province = CHINA_PROVINCES.find((p) => p.code === code);
    expect(province?.nameZh).toBe(zh);
    expect(province?.nameEn).toBe(en);
  });

  it("lists at least 4 cities per province, each coded under its province's two digits", () => {
    for (const province of CHINA_PROVINCES) {
      expect(province.cities.length, province.nameZh).toBeGreaterThanOrEqual(4);
      for (const city of province.cities) {
        expect(city.code).toMatch(/^\d{6}$/);
        expect(city.code.slice(0, 2), city.nameZh).toBe(province.code.slice(0, 2));
        expect(city.code).not.toBe(province.code);
        expect(city.provinceCode).toBe(province.code);
        expect(city.municipalDistrict).toBe(province.kind === "municipality");
        // Prefecture-level codes end in 00; municipal districts are 01xx.
        expect(city.code, city.nameZh).toMatch(province.kind === "municipality" ? /^\d{2}01\d{2}$/ : /^\d{4}00$/);
      }
    }
  });

  it("lists every prefecture-level city of Shanxi, Jiangsu, Zhejiang, Fujian, Shandong and Guangdong", () => {
    const cityCount = (code: string) => CHINA_PROVINCES.find((p) => p.code === code)?.cities.length;
    expect(cityCount("140000")).toBe(11);
    expect(cityCount("320000")).toBe(13);
    expect(cityCount("330000")).toBe(11);
    expect(cityCount("350000")).toBe(9);
    expect(cityCount("370000")).toBe(16);
    expect(cityCount("440000")).toBe(21);
  });

  it("uses the districts of the municipalities as their city level", () => {
    expect(REGIONS_BY_CODE.get("110108")).toMatchObject({ level: "city", nameZh: "海淀区", nameEn: "Haidian", municipalDistrict: true });
    expect(REGIONS_BY_CODE.get("110105")).toMatchObject({ nameZh: "朝阳区", provinceCode: "110000" });
    expect(REGIONS_BY_CODE.get("310115")).toMatchObject({ nameZh: "浦东新区", shortNameZh: "浦东", fullNameEn: "Pudong New Area" });
    expect(CHINA_PROVINCES.find((p) => p.code === "110000")?.cities).toHaveLength(16);
  });

  it("lists the counties and districts of 福州 and 太原 under their city's four digits", () => {
    const fuzhou = REGIONS_BY_CODE.get("350100");
    const taiyuan = REGIONS_BY_CODE.get("140100");
    expect(fuzhou?.level === "city" && fuzhou.counties.map((c) => c.nameZh)).toContain("鼓楼区");
    expect(taiyuan?.level === "city" && taiyuan.counties.map((c) => c.nameZh)).toContain("小店区");
    for (const county of allCounties) {
      expect(county.code.slice(0, 4), county.nameZh).toBe(county.cityCode.slice(0, 4));
      expect(county.provinceCode.slice(0, 2)).toBe(county.code.slice(0, 2));
    }
    expect(REGIONS_BY_CODE.get("350181")).toMatchObject({ nameZh: "福清市", shortNameZh: "福清", fullNameEn: "Fuqing City" });
    expect(REGIONS_BY_CODE.get("350121")).toMatchObject({ nameZh: "闽侯县", fullNameEn: "Minhou County" });
  });

  it("has unique codes across all levels and names in both languages everywhere", () => {
    const all = [...CHINA_PROVINCES, ...allCities, ...allCounties];
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
    expect(REGIONS_BY_CODE.size).toBe(all.length);
    for (const region of all) {
      expect(region.nameZh).toMatch(/^\p{Script=Han}+$/u);
      expect(region.nameZh.startsWith(region.shortNameZh), region.nameZh).toBe(true);
      expect(region.nameEn).toMatch(/^[A-Z][a-zü']+( [A-Z][a-z]+)*$/);
      expect(region.fullNameEn.startsWith(region.nameEn)).toBe(true);
    }
  });

  it("gives autonomous prefectures their own short and full names", () => {
    expect(REGIONS_BY_CODE.get("222400")).toMatchObject({ shortNameZh: "延边", fullNameEn: "Yanbian Korean Autonomous Prefecture" });
    expect(REGIONS_BY_CODE.get("653100")).toMatchObject({ shortNameZh: "喀什", fullNameEn: "Kashgar Prefecture" });
  });
});

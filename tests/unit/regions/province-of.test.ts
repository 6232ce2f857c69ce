import { describe, expect, it } from "vitest";
import { provinceOf } from "@/lib/regions/province-of";
import { regionByCode } from "@/lib/regions/region-by-code";

describe("regionByCode", () => {
  it("finds provinces, cities and counties by code", () => {
    expect(regionByCode("140000")?.nameZh).toBe("山西省");
    expect(regionByCode("350100")?.nameZh).toBe("福州市");
    expect(regionByCode(" 350102 ")?.nameZh).toBe("鼓楼区");
    expect(regionByCode("350199")).toBeUndefined();
  });
});

describe("provinceOf", () => {
  it.each([
    ["350102", "福建省"],
    ["350100", "福建省"],
    ["350000", "福建省"],
    ["140105", "山西省"],
    ["110108", "北京市"],
    ["150600", "内蒙古自治区"],
    ["320412", "江苏省"], // a district the tree does not list
    ["44", "广东省"],
  ])("puts %s in %s", (code, province) => {
    expect(provinceOf(code)?.nameZh).toBe(province);
  });

  it("is undefined for malformed codes and codes outside mainland China", () => {
    for (const code of ["", "3501", "35010", "3501000", "abcdef", "710000", "810000", "990000"]) {
      expect(provinceOf(code), code).toBeUndefined();
    }
  });
});

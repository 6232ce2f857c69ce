import { describe, expect, it } from "vitest";
import { CHINA_PROVINCES } from "@/lib/regions/china-regions";
import { findRegionByName } from "@/lib/regions/find-region-by-name";

const code = (name: string, options?: Parameters<typeof findRegionByName>[1]) => findRegionByName(name, options)?.code;

describe("findRegionByName", () => {
  it.each([
    ["山西省", "140000"],
    ["山西", "140000"],
    ["晋", "140000"],
    ["陕西省", "610000"],
    ["内蒙古自治区", "150000"],
    ["内蒙古", "150000"],
    ["内蒙", "150000"],
    ["广西壮族自治区", "450000"],
    ["广西", "450000"],
    ["宁夏回族自治区", "640000"],
    ["新疆", "650000"],
    ["西藏自治区", "540000"],
    ["北京市", "110000"],
    ["北京", "110000"],
    ["黑龙江", "230000"],
  ])("finds the province %s by its Chinese name", (name, expected) => {
    expect(code(name)).toBe(expected);
  });

  it.each([
    ["Shanxi", "140000"],
    ["shanxi", "140000"],
    ["SHANXI PROVINCE", "140000"],
    ["Shaanxi", "610000"],
    ["Inner Mongolia", "150000"],
    ["inner mongolia autonomous region", "150000"],
    ["Nei Mongol", "150000"],
    ["Guangxi", "450000"],
    ["Guangxi Zhuang Autonomous Region", "450000"],
    ["Tibet", "540000"],
    ["Xizang", "540000"],
    ["Xinjiang Uyghur Autonomous Region", "650000"],
    ["Beijing Municipality", "110000"],
    ["  fujian ", "350000"],
    ["Ｆｕｊｉａｎ", "350000"],
  ])("finds the province %s by its English name, in any case", (name, expected) => {
    expect(code(name)).toBe(expected);
  });

  it("finds every province by each of its names", () => {
    for (const province of CHINA_PROVINCES) {
      for (const name of [province.nameZh, province.shortNameZh, province.nameEn, province.fullNameEn, province.abbreviationZh]) {
        expect(code(name), name).toBe(province.code);
      }
    }
  });

  it("finds cities and counties by full, short and English names", () => {
    expect(code("福州市")).toBe("350100");
    expect(code("福州")).toBe("350100");
    expect(code("Fuzhou")).toBe("350100");
    expect(code("太原")).toBe("140100");
    expect(code("Xi'an")).toBe("610100");
    expect(code("xian")).toBe("610100");
    expect(code("吕梁市")).toBe("141100");
    expect(code("Lüliang")).toBe("141100");
    expect(code("海淀区")).toBe("110108");
    expect(code("Haidian District")).toBe("110108");
    expect(code("鼓楼区")).toBe("350102");
    expect(code("Minhou County")).toBe("350121");
    expect(code("延边")).toBe("222400");
  });

  it("prefers a province to a city of the same name unless asked for a level", () => {
    expect(code("吉林")).toBe("220000");
    expect(code("Jilin")).toBe("220000");
    expect(code("吉林", { level: "city" })).toBe("220200");
    expect(code("吉林市")).toBe("220200");
    expect(code("河北")).toBe("130000");
    expect(code("河北区")).toBe("120105");
  });

  it("refuses to guess between regions of the same level and name, unless `within` decides", () => {
    expect(findRegionByName("Taizhou")).toBeUndefined();
    expect(code("Taizhou", { within: "330000" })).toBe("331000");
    expect(code("Taizhou", { within: "320000" })).toBe("321200");
    expect(code("台州")).toBe("331000");
    expect(code("泰州")).toBe("321200");
  });

  it("limits the search to a province or city with `within`", () => {
    expect(code("鼓楼", { within: "350100" })).toBe("350102");
    expect(code("鼓楼", { within: "350000" })).toBe("350102");
    expect(findRegionByName("鼓楼", { within: "140100" })).toBeUndefined();
    expect(findRegionByName("福建", { within: "350000" })).toBeUndefined();
  });

  it("answers undefined for unknown or empty names", () => {
    for (const name of ["", "   ", "台湾", "Atlantis", "山西山西", "省"]) expect(findRegionByName(name), name).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { INDUSTRIES } from "@/lib/demo/industries";
import { INDUSTRY_PHRASES } from "@/lib/demo/industry-phrases";

describe("industries", () => {
  it("has about 25 GB/T 4754 divisions with unique codes and names", () => {
    expect(INDUSTRIES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(INDUSTRIES.map((i) => i.code)).size).toBe(INDUSTRIES.length);
    for (const industry of INDUSTRIES) {
      expect(industry.code).toMatch(/^[A-T]\d{2}$/);
      expect(industry.section + industry.division).toBe(industry.code);
      expect(industry.nameZh.length).toBeGreaterThan(1);
      expect(industry.nameEn.length).toBeGreaterThan(3);
      expect(industry.weight).toBeGreaterThan(0);
    }
    expect(INDUSTRIES.find((i) => i.code === "C34")?.nameZh).toBe("通用设备制造业");
    expect(INDUSTRIES.find((i) => i.code === "C39")?.nameZh).toBe("计算机、通信和其他电子设备制造业");
    expect(INDUSTRIES.find((i) => i.code === "I65")?.nameZh).toBe("软件和信息技术服务业");
    expect(INDUSTRIES.find((i) => i.code === "C27")?.nameZh).toBe("医药制造业");
  });

  it("lets manufacturing dominate", () => {
    const total = INDUSTRIES.reduce((sum, i) => sum + i.weight, 0);
    const manufacturing = INDUSTRIES.filter((i) => i.section === "C").reduce((sum, i) => sum + i.weight, 0);
    expect(manufacturing / total).toBeGreaterThan(0.7);
  });

  it("gives every industry at least two name phrases, and no phrase to an unknown industry", () => {
    for (const industry of INDUSTRIES) expect(INDUSTRY_PHRASES.get(industry.code)?.length ?? 0, industry.code).toBeGreaterThanOrEqual(2);
    const codes = new Set(INDUSTRIES.map((i) => i.code));
    for (const code of INDUSTRY_PHRASES.keys()) expect(codes.has(code), code).toBe(true);
  });
});

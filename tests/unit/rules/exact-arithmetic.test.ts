import { describe, expect, it } from "vitest";
import { evaluate, getBuiltinRuleSet } from "@/lib/rules";
import { hasAtMostDecimals, yuanToFen } from "@/lib/rules/amount";
import { formatFen, formatRatioPercent, ratioEdges } from "@/lib/rules/format-value";
import { averageOfRatios, compareRatio, percentThreshold, ratio } from "@/lib/rules/ratio";
import { CONTEXT, criterion, patch, strongFirm } from "./support/firms";

describe("amounts are exact in fen", () => {
  it.each([
    [0.01, 1],
    [0.1 + 0.2, 30],
    [9_999_999.99, 999_999_999],
    [10_000_000, 1_000_000_000],
    [1e13, 1e15],
    [-1234.56, -123456],
  ])("%s yuan is %s fen", (yuan, fen) => expect(yuanToFen(yuan)).toBe(fen));
  it.each([Number.NaN, Infinity, 1e13 + 1, "100", null])("%s is not an amount", (v) => expect(yuanToFen(v)).toBeUndefined());
  it.each([
    [1.23, 2, true],
    [1.234, 2, false],
    [1e-7, 2, false],
    [1e21, 2, false],
    [3.1415, 4, true],
  ])("%s has at most %s decimals: %s", (v, d, ok) => expect(hasAtMostDecimals(v, d)).toBe(ok));
  it("formats amounts from fen without rounding up to a band edge", () => {
    expect(formatFen(999_999_999)).toEqual({ en: "9,999,999.99 yuan", zh: "999.999999万元" });
    expect(formatFen(1_000_000_000)).toEqual({ en: "10,000,000 yuan", zh: "1000万元" });
    expect(formatFen(-5)).toEqual({ en: "-0.05 yuan", zh: "-0.000005万元" });
  });
});

describe("ratios compare exactly at band edges", () => {
  it("3/100 is exactly 3%, and one fen less is below it", () => {
    expect(compareRatio(ratio(300_000_00, 10_000_000_00), percentThreshold(3))).toBe(0);
    expect(compareRatio(ratio(300_000_00 - 1, 10_000_000_00), percentThreshold(3))).toBe(-1);
    expect(compareRatio(ratio(300_000_00 + 1, 10_000_000_00), percentThreshold(3))).toBe(1);
  });
  it("an average of growth rates of exactly 5% is 5% although floating point says 4.9999…%", () => {
    // 1% then 9%: (0.01 + 0.09) / 2 is 0.049999999999999996 in floating point.
    const pairs = [10_100_000_00 - 10_000_000_00, 10_000_000_00, 11_009_000_00 - 10_100_000_00, 10_100_000_00];
    expect((pairs[0]! / pairs[1]! + pairs[2]! / pairs[3]!) / 2).toBeLessThan(0.05);
    expect(compareRatio(averageOfRatios(pairs), percentThreshold(5))).toBe(0);
  });
  it("a value a hair below an edge is displayed truncated, never rounded onto the edge", () => {
    const r = ratio(300_000_00 - 1, 10_000_000_00);
    expect(formatRatioPercent(r, ratioEdges([3]))).toBe("2.999999%");
    expect(formatRatioPercent(ratio(300_000_00, 10_000_000_00), ratioEdges([3]))).toBe("3%");
  });
  it("the little-giant 5% average growth requirement is met by 1% then 9% growth", () => {
    const facts = patch(strongFirm(), {
      "financials.2022.mainBusinessRevenue": 10_000_000,
      "financials.2023.mainBusinessRevenue": 10_100_000,
      "financials.2024.mainBusinessRevenue": 11_009_000,
    });
    const c = criterion(evaluate(getBuiltinRuleSet("little-giant-2022")!, facts, CONTEXT), "main-business-growth-average");
    expect(c.passed).toBe(true);
    expect(c.actual).toMatchObject({ unit: "ratio-percent", en: "5%" });
  });
  it("the explanation shows the exact amount and the band", () => {
    const facts = patch(strongFirm(), { "financials.2024.rdExpense": 4_999_999.99 });
    const c = criterion(evaluate(getBuiltinRuleSet("specialized-2022")!, facts, CONTEXT), "rd-amount");
    expect(c.points).toBe(8);
    expect(c.actual).toEqual({ value: 4_999_999.99, unit: "yuan", en: "4,999,999.99 yuan", zh: "499.999999万元" });
    expect(c.explanation.en).toBe("R&D expense in 2024 was 4,999,999.99 yuan, in the 4,000,000–5,000,000 yuan band: 8 points");
    expect(c.explanation.zh).toBe("2024年研发费用为499.999999万元，属400万元—500万元档，得8分");
  });
});

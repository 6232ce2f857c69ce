import { describe, expect, it } from "vitest";
import { buildCreditCode, checkCreditCode, creditCodeCheckCharacter } from "@/lib/company/credit-code";

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts the published valid example", () => {
    expect(checkCreditCode("91350100M000100Y43")).toEqual({ valid: true, code: "91350100M000100Y43" });
  });

  it("accepts lower case and surrounding spaces by normalising them", () => {
    expect(checkCreditCode(" 91350100m000100y43 ").valid).toBe(true);
  });

  it.each([
    ["17 characters", "91350100M000100Y4", "length"],
    ["19 characters", "91350100M000100Y433", "length"],
    ["a forbidden letter O", "91350100O000100Y43", "character"],
    ["a forbidden letter I", "I1350100M000100Y43", "character"],
    ["a non-digit division code", "9135010AM000100Y43", "division"],
    ["a wrong check character", "91350100M000100Y44", "check"],
  ])("rejects %s with a specific reason", (_name, code, problem) => {
    const result = checkCreditCode(code);
    expect(result.valid).toBe(false);
    if (!result.valid) {
      expect(result.problem).toBe(problem);
      expect(result.message.zh.length).toBeGreaterThan(0);
      expect(result.message.en.length).toBeGreaterThan(0);
    }
  });

  it("names the expected check character when only the check is wrong", () => {
    const result = checkCreditCode("91350100M000100Y44");
    expect(result.valid === false && result.expectedCheck).toBe("3");
  });

  it("builds codes that validate, for every first character of the alphabet", () => {
    for (const first of "0123456789ABCDEFGHJKLMNPQRTUWXY") {
      const code = buildCreditCode(`${first}1`, "110101", "MA01ABCD2");
      expect(checkCreditCode(code).valid).toBe(true);
    }
  });

  it("computes a check of 0 when the weighted sum is a multiple of 31", () => {
    expect(creditCodeCheckCharacter("00000000000000000")).toBe("0");
  });
});

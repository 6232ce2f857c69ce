import { describe, expect, it } from "vitest";
import { mayUseTwoFactor, newRecoveryCodes, parseSecondFactor, requiredRolesSchema } from "@/lib/domain/accounts/two-factor";

describe("parseSecondFactor", () => {
  it("reads six digits as an app code, spaces allowed", () => {
    expect(parseSecondFactor("123456")).toEqual({ kind: "totp", code: "123456" });
    expect(parseSecondFactor(" 123 456 ")).toEqual({ kind: "totp", code: "123456" });
  });

  it("reads a recovery code with or without its dash, in any case", () => {
    const [code] = newRecoveryCodes(1);
    expect(code).toMatch(/^[2-9a-hjkmnp-z]{5}-[2-9a-hjkmnp-z]{5}$/);
    const compact = code!.replace("-", "");
    expect(parseSecondFactor(code)).toEqual({ kind: "recovery", code: compact });
    expect(parseSecondFactor(compact.toUpperCase())).toEqual({ kind: "recovery", code: compact });
  });

  it("is nothing for anything else", () => {
    for (const typed of ["", "12345", "1234567", "abcdefghij0", "abcde-fghi1", null, 123456, undefined]) expect(parseSecondFactor(typed)).toBeNull();
  });
});

describe("who uses two-factor", () => {
  it("is every government account, never a company's", () => {
    expect(["municipal", "provincial", "ministry", "administrator", "expert"].every((role) => mayUseTwoFactor(role as never))).toBe(true);
    expect(mayUseTwoFactor("company")).toBe(false);
    expect(requiredRolesSchema.safeParse(["company"]).success).toBe(false);
    expect(requiredRolesSchema.safeParse(["expert", "ministry"]).success).toBe(true);
  });

  it("gives ten different recovery codes", () => {
    expect(new Set(newRecoveryCodes()).size).toBe(10);
  });
});

import { describe, expect, it } from "vitest";
import { demoOrganisationCode, organisationCheckCharacter } from "@/lib/demo/organisation-code";

describe("organisation codes (GB 11714)", () => {
  it("computes published check characters", () => {
    expect(organisationCheckCharacter("D2143569")).toBe("X");
    // The organisation part of the sample credit code 91350100M000100Y43.
    expect(organisationCheckCharacter("M000100Y")).toBe("4");
  });

  it("makes post-reform MA codes and older eight-digit codes, both self-checking", () => {
    const modern = demoOrganisationCode(12345, 1, true);
    const legacy = demoOrganisationCode(12345, 1, false);
    expect(modern).toMatch(/^MA[0-9A-HJ-NP-RTUWXY]{6}[0-9X]$/);
    expect(legacy).toMatch(/^\d{8}[0-9X]$/);
    for (const code of [modern, legacy]) expect(organisationCheckCharacter(code.slice(0, 8))).toBe(code.charAt(8));
  });

  it("is unique per index within each form", () => {
    for (const modern of [true, false]) {
      const codes = new Set(Array.from({ length: 50_000 }, (_, i) => demoOrganisationCode(i, 3, modern)));
      expect(codes.size).toBe(50_000);
    }
  });

  it("rejects indexes it cannot keep unique", () => {
    expect(() => demoOrganisationCode(-1, 1, true)).toThrow(RangeError);
    expect(() => demoOrganisationCode(1e8, 1, false)).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { fastCheckSeed } from "../../support/fast-check-seed";

describe("the seed property-based tests draw from", () => {
  it("is one fixed seed unless told otherwise, so every run of a commit draws the same cases", () => {
    expect(fastCheckSeed(undefined)).toBe(fastCheckSeed(""));
    expect(Number.isSafeInteger(fastCheckSeed(undefined))).toBe(true);
  });
  it("replays a seed fast-check printed, negative ones included", () => {
    expect(fastCheckSeed("-1571642980")).toBe(-1571642980);
  });
  it("leaves the draw to fast-check for exploration", () => {
    expect(fastCheckSeed("random")).toBeUndefined();
  });
  it("refuses anything else rather than silently running another seed", () => {
    expect(() => fastCheckSeed("abc")).toThrow(/FC_SEED must be an integer or "random"/);
    expect(() => fastCheckSeed("1.5")).toThrow(/FC_SEED/);
  });
});

import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("a new password must be hard to guess (zxcvbn score 3 or more, not a breached password)", () => {
  const cases: [string, string, readonly string[], string | null][] = [
    ["a password from breach lists", "password12", [], "common"],
    ["a breached password however it is capitalised", "PASSWORD123", [], "common"],
    ["a keyboard row with a digit", "qwertyuiop1", [], "common"],
    ["a word, a symbol and this year (like the demo passwords)", "Company#2026", [], "weak"],
    ["a province's pinyin name and a year", "fujian2026!", [], "weak"],
    ["a repeated character", "mmmmmmmmmmmm", [], "weak"],
    ["a sequence", "abcdefghijk", [], "weak"],
    ["the person's own email", "wangfang.sme2026", ["wangfang.sme@example.cn"], "personal"],
    ["a phrase of unrelated words", "violet tractor monsoon", [], null],
    ["a long random string", "Tk9!mQ2#vLp7", [], null],
  ];
  for (const [rule, password, personal, expected] of cases) {
    it(`${rule}: ${expected ?? "accepted"}`, async () => expect(await passwordProblem(password, personal)).toBe(expected));
  }

  it("judges a very long repetitive password in bounded time", async () => {
    const started = performance.now();
    expect(await passwordProblem("a1".repeat(100))).toBe("weak");
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

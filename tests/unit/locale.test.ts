import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/i18n/locales";

describe("language negotiation", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR,en;q=0.5", "en"],
    ["en;q=0.3,zh;q=0.8", "zh-CN"],
    ["de-DE", "zh-CN"],
    ["", "zh-CN"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { CHINA_PROVINCES } from "@/lib/regions/china-regions";
import { companyPlace } from "@/lib/demo/company-placement";
import { COMPANY_NAMES_PER_PLACE, composeCompanyName } from "@/lib/demo/company-names";
import { INDUSTRY_PHRASES } from "@/lib/demo/industry-phrases";
import { TRADE_NAME_CHARACTERS, TRADE_NAME_THIRD_CHARACTERS } from "@/lib/demo/trade-name-characters";
import { TRADE_NAME_ROUNDS, TWO_CHARACTER_TRADE_NAME_COUNT, tradeName } from "@/lib/demo/trade-names";

const phrases = [...INDUSTRY_PHRASES.values()].flat();
const microelectronics = phrases.find((p) => p.zh[0] === "微电子")!;

describe("company names", () => {
  it("reads <place><trade name><industry phrase>(股份)有限公司 in both languages", () => {
    const name = composeCompanyName({ place: { zh: "福州", en: "Fuzhou" }, rank: 0, salt: 0, phrase: microelectronics, jointStock: true });
    expect(name.nameZh).toMatch(/^福州\p{Script=Han}{2}微电子(科技)?股份有限公司$/u);
    expect(name.nameEn).toMatch(/^Fuzhou [A-Z][a-z']+ Microelectronic(s| Technology) Co\., Ltd\.$/);
    const plain = composeCompanyName({ place: { zh: "福州", en: "Fuzhou" }, rank: 0, salt: 0, phrase: microelectronics, jointStock: false });
    expect(plain.nameZh.endsWith("有限公司") && !plain.nameZh.includes("股份")).toBe(true);
  });

  it("gives distinct ranks at one place distinct names, with a third trade character only past the two-character ones", () => {
    const place = { zh: "苏州", en: "Suzhou" };
    const zh = new Set<string>();
    const en = new Set<string>();
    const block = TWO_CHARACTER_TRADE_NAME_COUNT * 2;
    const ranks = [...Array.from({ length: 20_000 }, (_, i) => i), block - 1, block, block + 1, COMPANY_NAMES_PER_PLACE - 1];
    for (const rank of ranks) {
      const name = composeCompanyName({ place, rank, salt: 12345, phrase: phrases[rank % phrases.length]!, jointStock: rank % 7 === 0 });
      zh.add(name.nameZh);
      en.add(name.nameEn.toLowerCase());
      const trade = name.nameZh.slice(2).replace(/(股份)?有限公司$/, "");
      const thirdIsExtra = TRADE_NAME_THIRD_CHARACTERS.some(([c]) => c === trade.charAt(2)) && rank >= block;
      expect(rank >= block ? thirdIsExtra : true).toBe(true);
    }
    expect(zh.size).toBe(ranks.length);
    expect(en.size).toBe(ranks.length);
    expect(() => composeCompanyName({ place, rank: COMPANY_NAMES_PER_PLACE, salt: 0, phrase: microelectronics, jointStock: false })).toThrow(RangeError);
  });

  it("has tens of thousands of two-character trade names, none a place name or a reserved name", () => {
    expect(TWO_CHARACTER_TRADE_NAME_COUNT).toBeGreaterThan(30_000);
    const names = new Set(Array.from({ length: TWO_CHARACTER_TRADE_NAME_COUNT }, (_, i) => tradeName(i).zh));
    expect(names.size).toBe(TWO_CHARACTER_TRADE_NAME_COUNT);
    for (const reserved of ["中国", "中华", "福建", "江苏", "吉林", "南山", "光明"]) expect(names.has(reserved), reserved).toBe(false);
    for (const province of CHINA_PROVINCES) expect(names.has(province.shortNameZh)).toBe(false);
  });

  it("spells trade names distinctly in pinyin", () => {
    // Each position's characters have distinct syllables, and the apostrophe rule keeps joins unambiguous.
    for (const list of [TRADE_NAME_CHARACTERS, TRADE_NAME_THIRD_CHARACTERS]) {
      expect(new Set(list.map(([, pinyin]) => pinyin)).size).toBe(list.length);
      expect(new Set(list.map(([c]) => c)).size).toBe(list.length);
    }
    for (const round of [0, 1, 2, TRADE_NAME_ROUNDS - 1]) {
      const spellings = new Set<string>();
      for (let i = 0; i < TWO_CHARACTER_TRADE_NAME_COUNT; i++) spellings.add(tradeName(i, round).en.toLowerCase());
      expect(spellings.size, `round ${round}`).toBe(TWO_CHARACTER_TRADE_NAME_COUNT);
    }
    expect(tradeName(0, 1).en.length).toBeGreaterThan(tradeName(0, 0).en.length);
  });

  it("keeps industry phrases unambiguous: distinct variants, none starting with a third trade character", () => {
    const zh = phrases.flatMap((p) => p.zh);
    const en = phrases.flatMap((p) => p.en.map((s) => s.toLowerCase()));
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
    const thirds = new Set(TRADE_NAME_THIRD_CHARACTERS.map(([c]) => c));
    for (const phrase of zh) {
      expect(thirds.has(phrase.charAt(0)), phrase).toBe(false);
      expect(phrase.endsWith("股份"), phrase).toBe(false);
    }
  });

  it("uses place names that cannot run into each other: prefix-free in Chinese, one English name each", () => {
    const places = CHINA_PROVINCES.flatMap((p) => p.cities.map((c) => companyPlace(p, c)));
    const enByZh = new Map<string, string>();
    for (const place of places) {
      expect(enByZh.get(place.zh) ?? place.en).toBe(place.en);
      enByZh.set(place.zh, place.en);
      expect(place.en).toMatch(/^\S+$/);
    }
    const zh = [...enByZh.keys()];
    for (const a of zh) for (const b of zh) if (a !== b) expect(b.startsWith(a), `${a} / ${b}`).toBe(false);
    expect(enByZh.get("北京")).toBe("Beijing");
    expect(places.some((p) => p.zh === "海淀")).toBe(false);
  });
});

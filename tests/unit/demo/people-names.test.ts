import { describe, expect, it } from "vitest";
import { demoPersonName } from "@/lib/demo/people-names";
import { FAMILY_NAMES } from "@/lib/demo/person-name-characters";

describe("demo person names", () => {
  it("writes family name first in Chinese and in pinyin", () => {
    const problems: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const person = demoPersonName(i, 5);
      const ok =
        person.nameZh === person.familyNameZh + person.givenNameZh &&
        /^\p{Script=Han}{2,4}$/u.test(person.nameZh) &&
        [1, 2].includes(person.givenNameZh.length) &&
        person.pinyin === `${person.familyNamePinyin} ${person.givenNamePinyin}` &&
        /^[A-Z][a-z]+ [A-Z][a-z']+$/.test(person.pinyin) &&
        (person.gender === "female" || person.gender === "male");
      if (!ok) problems.push(JSON.stringify(person));
    }
    expect(problems).toEqual([]);
    expect(demoPersonName(0, 5).nameZh).toMatch(/^\p{Script=Han}{2,4}$/u);
  });

  it("is deterministic and varied", () => {
    expect(demoPersonName(42, 5)).toEqual(demoPersonName(42, 5));
    const names = new Set(Array.from({ length: 1000 }, (_, i) => demoPersonName(i, 5).nameZh));
    expect(names.size).toBeGreaterThan(900);
    const families = new Set(Array.from({ length: 5000 }, (_, i) => demoPersonName(i, 5).familyNameZh));
    expect(families.size).toBeGreaterThan(60);
    expect(families.has("王") && families.has("李") && families.has("张")).toBe(true);
  });

  it("romanises known family names as passports do", () => {
    const pinyin = new Map(FAMILY_NAMES.map(([zh, py]) => [zh, py]));
    expect(pinyin.get("吕")).toBe("lyu");
    expect(pinyin.get("欧阳")).toBe("ouyang");
    expect(pinyin.get("曾")).toBe("zeng");
  });
});

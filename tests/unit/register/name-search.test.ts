import { describe, expect, it } from "vitest";
import { containsPattern, nameGramsOf, nameTsquery } from "@/lib/services/register/name-search";

describe("name search grams", () => {
  it("asks for every character bigram of a Chinese query, once each", () => {
    expect(nameGramsOf("星海精密")).toEqual(["星海", "海精", "精密"]);
    expect(nameGramsOf("哈哈哈")).toEqual(["哈哈"]);
  });

  it("asks for the character itself when the query is one character", () => {
    expect(nameGramsOf("号")).toEqual(["号"]);
  });

  it("lower-cases Latin letters, as the index does", () => {
    expect(nameGramsOf("HuaWei")).toEqual(["hu", "ua", "aw", "we", "ei"]);
  });

  it("keeps characters outside the basic plane whole", () => {
    expect(nameGramsOf("𠀋科")).toEqual(["𠀋科"]);
  });
});

describe("name search tsquery", () => {
  it("quotes each gram and requires all of them", () => {
    expect(nameTsquery("科技园")).toBe("'科技' & '技园'");
  });

  it("doubles quotes and escapes backslashes, so no query text is read as tsquery syntax", () => {
    expect(nameTsquery("a'b")).toBe("'a''' & '''b'");
    expect(nameTsquery("\\&")).toBe("'\\\\&'");
    expect(nameTsquery("' | !x")).toBe("''' ' & ' |' & '| ' & ' !' & '!x'");
  });
});

describe("contains pattern", () => {
  it("takes LIKE's wildcards and escape literally", () => {
    expect(containsPattern("100%_a\\b")).toBe("%100\\%\\_a\\\\b%");
  });
});

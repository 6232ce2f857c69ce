import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, csvLine, csvLines } from "@/lib/http/csv";

describe("CSV cells a spreadsheet would run", () => {
  it.each([
    ["=1+1", `"'=1+1"`],
    ["+1+2", `"'+1+2"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1:A9)", `"'@SUM(A1:A9)"`],
    ["\t=1+1", `"'\t=1+1"`],
    ["\r=1+1", `"'\r=1+1"`],
    ['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
    ["=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ["=1+1\n=2+2", `"'=1+1\n=2+2"`],
  ])("a text cell starting a formula gets a leading quote and is quoted: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["福州星海精密机械有限公司", "福州星海精密机械有限公司"],
    ["a=b", "a=b"],
    [" =1", " =1"],
    ["'already quoted", "'already quoted"],
    ['批量"引号",逗号', `"批量""引号"",逗号"`],
    ["two\nlines", `"two\nlines"`],
    ["", ""],
  ])("other text is written as RFC 4180 asks: %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("numbers are written as numbers, a negative one too; nothing is nothing", () => {
    expect(csvCell(2025)).toBe("2025");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("a CSV reader gets back each value, neutralised ones with their quote", () => {
    const rows = [
      ["=1+1", "福州,有限", 2025, '"q"'],
      ["@x", "-", -1, "\r\n"],
    ];
    const parsed = Papa.parse<string[]>(csvLines(rows), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["'=1+1", "福州,有限", "2025", '"q"'],
      ["'@x", "'-", "-1", "'\r\n"],
    ]);
    expect(csvLine(["a", "b"])).toBe("a,b");
  });
});

import { describe, expect, it } from "vitest";
import { CALL_ISSUES, callCode, createCallSchema, editCallSchema, isMonthDay } from "@/lib/domain/calls/call-input";

const valid = {
  tier: "innovative",
  year: "2027",
  regionCode: "350000",
  nameZh: "福建省2027年创新型中小企业评价",
  nameEn: "Fujian 2027 innovative SME evaluation",
  opensOn: "2027-01-04",
  closesOn: "2027-03-31",
  ruleSetId: "8b0f2f3e-5d2c-4a43-9d55-3b8c6d3e2a10",
  noticeWorkingDays: "5",
  validityYears: "3",
  annualDataDeadline: "04-30",
  cooloffYears: "3",
  municipalReviewDays: "15",
  provincialReviewDays: "",
  ministryReviewDays: "",
};

const issuesOf = (input: Record<string, unknown>) => {
  const parsed = createCallSchema.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("a call's input", () => {
  it("accepts a complete form, with numbers from text and empty processing days as none", () => {
    const parsed = createCallSchema.parse(valid);
    expect(parsed).toMatchObject({ year: 2027, noticeWorkingDays: 5, municipalReviewDays: 15, provincialReviewDays: null, regionCode: "350000" });
  });

  it("an empty region is a national call", () => {
    expect(createCallSchema.parse({ ...valid, tier: "little-giant", regionCode: "" }).regionCode).toBeNull();
  });

  it.each([
    ["closing before opening", { closesOn: "2027-01-03" }, "closesOn", "closesBeforeOpens"],
    ["closing on the opening day is allowed", { closesOn: "2027-01-04" }, null, null],
    ["a malformed date", { opensOn: "2027-02-30" }, "opensOn", "date"],
    ["a city code as region", { regionCode: "350100" }, "regionCode", "region"],
    ["a province's little-giant call", { tier: "little-giant" }, "regionCode", "littleGiantNational"],
    ["no rule set", { ruleSetId: "" }, "ruleSetId", "ruleSet"],
    ["a notice of 0 days", { noticeWorkingDays: "0" }, "noticeWorkingDays", "noticeDays"],
    ["a notice of 61 days", { noticeWorkingDays: "61" }, "noticeWorkingDays", "noticeDays"],
    ["a notice of 60 days", { noticeWorkingDays: "60" }, null, null],
    ["a fractional validity", { validityYears: "2.5" }, "validityYears", "validityYears"],
    ["11 years of cooling-off", { cooloffYears: "11" }, "cooloffYears", "cooloffYears"],
    ["no cooling-off", { cooloffYears: "0" }, null, null],
    ["processing days of 0", { ministryReviewDays: "0" }, "ministryReviewDays", "reviewDays"],
    ["expert days on a province's innovative call", { expertReviewDays: "10" }, "expertReviewDays", "expertDaysLittleGiant"],
    ["expert days on the national little-giant call", { tier: "little-giant", regionCode: "", expertReviewDays: "10" }, null, null],
    ["366 expert days", { tier: "little-giant", regionCode: "", expertReviewDays: "366" }, "expertReviewDays", "reviewDays"],
    ["a one-letter name", { nameZh: "闽" }, "nameZh", "nameZh"],
    ["a deadline of 13-01", { annualDataDeadline: "13-01" }, "annualDataDeadline", "annualDataDeadline"],
  ])("%s", (_rule, change, field, issue) => {
    const issues = issuesOf({ ...valid, ...change });
    if (field === null) expect(issues).toEqual({});
    else expect(issues[field]).toBe(issue);
  });

  it("every issue the schema gives has words in both languages", () => {
    for (const text of Object.values(CALL_ISSUES)) {
      expect(text.zh.length).toBeGreaterThan(3);
      expect(text.en.length).toBeGreaterThan(3);
    }
  });

  it("an edit sends only what it changes, with the call's id", () => {
    expect(editCallSchema.parse({ id: valid.ruleSetId, nameEn: "New name" })).toEqual({ id: valid.ruleSetId, nameEn: "New name" });
    expect(editCallSchema.safeParse({ nameEn: "New name" }).success).toBe(false);
  });
});

describe("month-day deadlines", () => {
  it.each([
    ["04-30", true],
    ["02-28", true],
    ["02-29", false],
    ["04-31", false],
    ["00-10", false],
    ["4-30", false],
  ])("%s is %s", (value, ok) => expect(isMonthDay(value)).toBe(ok));
});

describe("call codes", () => {
  it("spell the parts as the seed and importer do, and number a second call of the same parts", () => {
    expect(callCode({ tier: "little-giant", regionCode: null, year: 2027 }, () => false)).toBe("little-giant-2027");
    expect(callCode({ tier: "innovative", regionCode: "350000", year: 2027 }, () => false)).toBe("innovative-350000-2027");
    expect(callCode({ tier: "innovative", regionCode: null, year: 2027 }, () => false)).toBe("innovative-national-2027");
    const taken = new Set(["innovative-350000-2027", "innovative-350000-2027-2"]);
    expect(callCode({ tier: "innovative", regionCode: "350000", year: 2027 }, (c) => taken.has(c))).toBe("innovative-350000-2027-3");
  });
});

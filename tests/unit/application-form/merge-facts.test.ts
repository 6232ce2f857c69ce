import { describe, expect, it } from "vitest";
import { getFact, parsePath, setFact } from "@/components/application-form/fact-paths";
import { parseFieldValue } from "@/components/application-form/field-value";
import { mergeFacts } from "@/components/application-form/merge-facts";
import { checkFacts } from "@/components/application-form/validate-facts";

describe("fact paths", () => {
  it("read and write the catalogue's concrete paths, pruning emptied objects", () => {
    expect(parsePath("awards.scienceTech[0].rank")).toEqual(["awards", "scienceTech", 0, "rank"]);
    const facts = setFact({}, "financials.2025.revenue", 100);
    expect(facts).toEqual({ financials: { "2025": { revenue: 100 } } });
    expect(getFact(facts, "financials.2025.revenue")).toBe(100);
    expect(setFact(facts, "financials.2025.revenue", undefined)).toEqual({});
    expect(setFact({}, "__proto__.polluted", 1)).toEqual({});
  });
});

describe("typed values", () => {
  it.each([
    ["12,000,000", { unit: "yuan" as const }, 12_000_000],
    ["-5", { unit: "yuan" as const, signed: true }, -5],
    ["true", { unit: "boolean" as const }, true],
    ["", { unit: "count" as const }, undefined],
  ])("%s means %s", (raw, field, value) => {
    expect(parseFieldValue(field, raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["12万", { unit: "yuan" as const }, "number"],
    ["-5", { unit: "yuan" as const }, "negative"],
    ["3.5", { unit: "count" as const }, "integer"],
  ])("%s is refused (%s)", (raw, field, key) => {
    expect(parseFieldValue(field, raw)).toMatchObject({ ok: false, problem: { key } });
  });
});

describe("checking a draft before saving", () => {
  it("leaves out only the values the engine's schema refuses, naming each", () => {
    const checked = checkFacts({
      financials: { "2025": { revenue: 100, mainBusinessRevenue: 150, employees: 10 } },
      ip: { classI: 1, selfDevelopedClassI: 2 },
    });
    expect(checked.valid).toEqual({ financials: { "2025": { revenue: 100, employees: 10 } }, ip: { classI: 1 } });
    expect(checked.problems).toEqual({ "financials.2025.mainBusinessRevenue": { key: "mainExceedsRevenue" }, "ip.selfDevelopedClassI": { key: "ipSubset" } });
  });
});

describe("merging after another tab saved", () => {
  it("keeps what the other tab saved and applies this tab's own edits on top", () => {
    const base = { market: { nicheSince: 2012 }, financials: { "2025": { revenue: 100 } } };
    const mine = { market: { nicheSince: 2012 }, financials: { "2025": { revenue: 120 } } };
    const theirs = { market: { nicheSince: 2010 }, financials: { "2025": { revenue: 100, employees: 9 } } };
    expect(mergeFacts(base, mine, theirs)).toEqual({ market: { nicheSince: 2010 }, financials: { "2025": { revenue: 120, employees: 9 } } });
  });

  it("a value this tab cleared stays cleared; a list is taken whole", () => {
    const base = { ip: { classI: 3 }, awards: { scienceTech: [{ level: "national", year: 2024 }] } };
    const mine = { awards: { scienceTech: [{ level: "provincial", year: 2024 }] } };
    const theirs = {
      ip: { classI: 3, classII: 4 },
      awards: {
        scienceTech: [
          { level: "national", year: 2024 },
          { level: "provincial", year: 2020 },
        ],
      },
    };
    expect(mergeFacts(base, mine, theirs)).toEqual({ ip: { classII: 4 }, awards: { scienceTech: [{ level: "provincial", year: 2024 }] } });
  });
});

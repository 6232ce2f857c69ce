import { describe, expect, it } from "vitest";
import { changedSections, flattenFacts } from "@/lib/application/changed-sections";

describe("changed sections", () => {
  const before = {
    financials: { "2025": { revenue: 100, rdExpense: 5 } },
    market: { nicheSince: 2015 },
    awards: { scienceTech: [{ level: "national" as const, year: 2024, rank: 2 }] },
  };

  it("finds no change when nothing changed", () => {
    expect(changedSections(before, structuredClone(before))).toEqual(new Set());
  });

  it("names the section of a changed per-year figure", () => {
    const after = structuredClone(before);
    after.financials["2025"].revenue = 120;
    expect(changedSections(before, after)).toEqual(new Set(["financials"]));
  });

  it("counts an added and a removed value as changes", () => {
    const added = { ...structuredClone(before), ip: { classI: 3 } };
    expect(changedSections(before, added)).toEqual(new Set(["rd-ip"]));
    const removed = structuredClone(before) as Partial<typeof before>;
    delete removed.market;
    expect(changedSections(before, removed)).toEqual(new Set(["market"]));
  });

  it("sees a change inside a list", () => {
    const after = structuredClone(before);
    after.awards.scienceTech[0]!.rank = 1;
    expect(changedSections(before, after)).toEqual(new Set(["certifications-awards"]));
  });

  it("flattens nested objects and lists to leaf paths", () => {
    expect([...flattenFacts(before).keys()]).toEqual([
      "financials.2025.revenue",
      "financials.2025.rdExpense",
      "market.nicheSince",
      "awards.scienceTech[0].level",
      "awards.scienceTech[0].year",
      "awards.scienceTech[0].rank",
    ]);
  });
});

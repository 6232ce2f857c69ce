import { describe, expect, it } from "vitest";
import { assessFacts, FACT_FIELDS, factFieldFor, factsSchema, getBuiltinRuleSet } from "@/lib/rules";
import { CONTEXT, setPath, strongFirm } from "./support/firms";
import { MALFORMED } from "./support/rule-table";

/** A concrete path for a catalogue template: a year, the first list item, a declared indicator. */
const concrete = (template: string) => template.replace("{year}", "2024").replace("[]", ".0").replace("{key}", "in-province-supply-share");

function withValue(path: string, value: unknown) {
  const facts = strongFirm();
  if (path.startsWith("awards.scienceTech.0.")) {
    setPath(facts, "awards.scienceTech", [{ level: "provincial", year: 2024, rank: 1, [path.split(".").pop()!]: value }]);
    return facts;
  }
  return setPath(facts, path, value);
}

describe("factsSchema", () => {
  it("accepts the complete reference firm and an empty draft", () => {
    expect(factsSchema.safeParse(strongFirm()).success).toBe(true);
    expect(factsSchema.safeParse({}).success).toBe(true);
  });

  const cases = FACT_FIELDS.flatMap((field) => {
    const path = concrete(field.path);
    const values = path.startsWith("regional.") ? MALFORMED["regional"]! : field.signed ? MALFORMED["signedYuan"]! : MALFORMED[field.unit]!;
    return values.map(({ value, why }) => ({ name: `${path} (${field.label.en}) rejects ${why}`, path, value }));
  });
  it.each(cases)("$name", ({ path, value }) => {
    const parsed = factsSchema.safeParse(withValue(path, value));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it.each([
    ["a misspelt field", { financials: { "2024": { revenu: 1 } } }, "financials.2024"],
    ["a misspelt section", { complience: {} }, ""],
    ["a year key that is not a year", { financials: { last: { revenue: 1 } } }, "financials.last"],
    ["main-business revenue above revenue", { financials: { "2024": { revenue: 10, mainBusinessRevenue: 11 } } }, "financials.2024.mainBusinessRevenue"],
    ["more R&D staff than employees", { financials: { "2024": { employees: 10, rdStaff: 11 } } }, "financials.2024.rdStaff"],
    ["more high-value class I IP than class I IP", { ip: { classI: 1, highValueClassI: 2 } }, "ip.highValueClassI"],
    ["an indicator key that is not kebab-case", { regional: { Key_1: true } }, "regional.Key_1"],
  ])("rejects %s with its path", (_name, facts, path) => {
    const assessed = assessFacts(getBuiltinRuleSet("innovative-2022")!, facts, CONTEXT);
    expect(assessed.ok).toBe(false);
    if (!assessed.ok) expect(assessed.issues.map((i) => i.path)).toContain(path);
  });

  it("every catalogue path is known to factFieldFor, with zh and en labels", () => {
    for (const field of FACT_FIELDS) {
      const path = concrete(field.path).replace(".0.", "[0].");
      expect(factFieldFor(path), path).toBe(field);
      expect(field.label.zh.length).toBeGreaterThan(0);
      expect(field.label.en.length).toBeGreaterThan(0);
    }
  });

  it("assessFacts evaluates valid input", () => {
    const assessed = assessFacts(getBuiltinRuleSet("innovative-2022")!, strongFirm(), CONTEXT);
    expect(assessed.ok && assessed.result.outcome).toBe("eligible");
  });
});

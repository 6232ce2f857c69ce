import type { Facts, RuleSet } from "@/lib/rules";
import { describeCases, describeMissing, type CaseRow } from "./rule-table";

/**
 * rules.md "Preconditions for every tier": registered with independent legal personality, an SME
 * under the 2011 classification, not on the abnormal-operations or serious-dishonesty lists, no
 * banned or phase-out products, no major accident and no tax evasion in the last 3 years.
 * Each precondition fails the firm on its own, whatever its score.
 */
const PRECONDITIONS: { id: string; path: string; good: unknown; bad: unknown; rule: string }[] = [
  { id: "independent-legal-person", path: "compliance.independentLegalPerson", good: true, bad: false, rule: "a firm without independent legal personality" },
  { id: "not-abnormal-operations", path: "compliance.onAbnormalOperationsList", good: false, bad: true, rule: "a firm on the abnormal-operations list" },
  { id: "not-seriously-dishonest", path: "compliance.onSeriousDishonestyList", good: false, bad: true, rule: "a firm on the serious-dishonesty list" },
  { id: "no-banned-products", path: "compliance.bannedOrPhaseOutProducts", good: false, bad: true, rule: "a firm with banned or phase-out products" },
  { id: "no-major-accident", path: "compliance.majorAccidentLast3Years", good: false, bad: true, rule: "a firm with a major accident in the last 3 years" },
  { id: "no-tax-evasion", path: "compliance.taxEvasionLast3Years", good: false, bad: true, rule: "a firm that evaded tax in the last 3 years" },
];

export function describePreconditions(ruleSet: RuleSet, eligible: () => Facts, requiredTitle: "innovative" | "specialized" | null): void {
  const rows: CaseRow[] = [
    ...PRECONDITIONS.flatMap((p) => [
      { name: `${p.rule} is not eligible`, id: p.id, changes: { [p.path]: p.bad }, passed: false, outcome: "not-eligible" as const },
      { name: `the opposite answer (${String(p.good)}) meets "${p.id}"`, id: p.id, changes: { [p.path]: p.good }, passed: true, outcome: "eligible" as const },
    ]),
    ...(["micro", "small", "medium"] as const).map((size) => ({
      name: `a ${size} enterprise is an SME`,
      id: "sme-size",
      changes: { "compliance.smeSize": size },
      passed: true,
    })),
    {
      name: "a large enterprise is not an SME and is not eligible",
      id: "sme-size",
      changes: { "compliance.smeSize": "large" },
      passed: false,
      outcome: "not-eligible",
    },
  ];
  if (requiredTitle) {
    const id = requiredTitle === "innovative" ? "holds-innovative-title" : "holds-specialized-title";
    const until = `titlesHeld.${requiredTitle}ValidUntil`;
    const held = `titlesHeld.${requiredTitle}`;
    rows.push(
      {
        name: `the ${requiredTitle} title is required: a firm without it is not eligible`,
        id,
        changes: { [held]: false },
        passed: false,
        outcome: "not-eligible",
      },
      { name: `the ${requiredTitle} title valid until the day of evaluation still counts`, id, changes: { [held]: true, [until]: "2025-05-01" }, passed: true },
      {
        name: `the ${requiredTitle} title that expired the day before evaluation does not count`,
        id,
        changes: { [held]: true, [until]: "2025-04-30" },
        passed: false,
        outcome: "not-eligible",
      },
    );
  }
  describeCases("preconditions for every tier", ruleSet, eligible, rows);
  describeMissing(ruleSet, eligible, [
    ...PRECONDITIONS.map((p) => ({ id: p.id, paths: [p.path], outcome: "incomplete" as const })),
    { id: "sme-size", paths: ["compliance.smeSize"], outcome: "incomplete" },
    ...(requiredTitle
      ? [
          {
            id: requiredTitle === "innovative" ? "holds-innovative-title" : "holds-specialized-title",
            paths: [`titlesHeld.${requiredTitle}`],
            outcome: "incomplete" as const,
          },
          {
            id: requiredTitle === "innovative" ? "holds-innovative-title" : "holds-specialized-title",
            paths: [`titlesHeld.${requiredTitle}ValidUntil`],
            outcome: "incomplete" as const,
          },
        ]
      : []),
  ]);
}

import { flattenFacts } from "@/lib/application/changed-sections";
import { getFact, setFact, type FactsObject } from "./fact-paths";

/** A changed leaf inside a list counts as a change of the whole list ("awards.scienceTech[0].rank" → "awards.scienceTech"). */
const unitOf = (path: string) => path.replace(/\[\d+\].*$/, "");

/**
 * Applies what changed between `base` and `mine` on top of `theirs`: the newer stored version
 * keeps everything this tab did not touch, and this tab's own edits win where it did.
 */
export function mergeFacts(base: FactsObject, mine: FactsObject, theirs: FactsObject): FactsObject {
  const before = flattenFacts(base);
  const after = flattenFacts(mine);
  const units = new Set<string>();
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    if (before.get(path) !== after.get(path)) units.add(unitOf(path));
  }
  let merged = theirs;
  for (const unit of units) merged = setFact(merged, unit, getFact(mine, unit));
  return merged;
}

export function sameFacts(a: unknown, b: unknown): boolean {
  const x = flattenFacts(a);
  const y = flattenFacts(b);
  if (x.size !== y.size) return false;
  for (const [path, value] of x) if (y.get(path) !== value) return false;
  return true;
}

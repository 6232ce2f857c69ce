import { factFieldFor, type FormSection } from "@/lib/rules";

/** Every leaf of a facts object as "a.b.c" / "a.list[0].x" → value. */
export function flattenFacts(value: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => flattenFacts(item, `${prefix}[${index}]`, into));
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flattenFacts(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined) {
    into.set(prefix, value);
  }
  return into;
}

/**
 * The form sections whose facts differ between two versions. A path the catalogue does not know
 * counts as the "company" section, so it can never slip past a check on reopened sections.
 */
export function changedSections(before: unknown, after: unknown): Set<FormSection> {
  const old = flattenFacts(before);
  const next = flattenFacts(after);
  const changed = new Set<FormSection>();
  for (const path of new Set([...old.keys(), ...next.keys()])) {
    if (old.get(path) !== next.get(path)) changed.add(factFieldFor(path)?.section ?? "company");
  }
  return changed;
}

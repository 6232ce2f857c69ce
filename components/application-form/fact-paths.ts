/**
 * Reading and writing facts by the catalogue's concrete paths ("financials.2025.revenue",
 * "awards.scienceTech[0].rank"). Pure, so the form, the merge after a conflict and tests share it.
 */
export type FactsObject = Record<string, unknown>;

type Key = string | number;

export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [];
    keys.push(match[1]!);
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}

export function pathOf(keys: readonly PropertyKey[]): string {
  return keys.reduce<string>((path, key) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)), "");
}

export function getFact(facts: unknown, path: string): unknown {
  let node: unknown = facts;
  for (const key of parsePath(path)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<Key, unknown>)[key];
  }
  return node;
}

const isEmptyContainer = (value: unknown) => value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0;

/** A copy of `facts` with the value at `path` set (or removed when `value` is undefined); empty objects are pruned. */
export function setFact(facts: FactsObject, path: string, value: unknown): FactsObject {
  const keys = parsePath(path);
  if (keys.length === 0 || keys.some((k) => k === "__proto__" || k === "constructor" || k === "prototype")) return facts;
  const write = (node: unknown, index: number): unknown => {
    const key = keys[index]!;
    const container: Record<Key, unknown> | unknown[] = Array.isArray(node)
      ? [...node]
      : node && typeof node === "object"
        ? { ...(node as object) }
        : typeof key === "number"
          ? []
          : {};
    const target = container as Record<Key, unknown>;
    if (index === keys.length - 1) {
      if (value === undefined) {
        if (Array.isArray(container) && typeof key === "number") target[key] = undefined;
        else delete target[key];
      } else target[key] = value;
    } else {
      const child = write(target[key], index + 1);
      if (child === undefined || isEmptyContainer(child)) delete target[key];
      else target[key] = child;
    }
    return container;
  };
  return (write(facts, 0) ?? {}) as FactsObject;
}

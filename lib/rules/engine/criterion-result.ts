import type { CriterionKind, CriterionResult, DisplayValue } from "../evaluation-result";
import type { LocalizedText } from "../localized-text";

/** Static parts of a criterion, fixed when the rule set is compiled. */
export interface CriterionHead {
  id: string;
  kind: CriterionKind;
  clause: string;
  mandatory: boolean;
  unconfirmed: boolean;
}

/** Builds results with one fixed shape (every field present), which keeps them plain and fast. */
export function conditionResult(
  head: CriterionHead,
  title: LocalizedText,
  passed: boolean | null,
  actual: DisplayValue | null,
  threshold: LocalizedText | null,
  missing: string[],
  explanation: LocalizedText,
  children: CriterionResult[] | null,
): CriterionResult {
  return {
    id: head.id,
    kind: head.kind,
    clause: head.clause,
    title,
    mandatory: head.mandatory,
    passed,
    points: null,
    pointsMin: null,
    pointsMax: null,
    maxPoints: null,
    actual,
    threshold,
    band: null,
    missing,
    explanation,
    unconfirmed: head.unconfirmed,
    children,
  };
}

export function scoredResult(
  head: CriterionHead,
  title: LocalizedText,
  min: number,
  max: number,
  maxPoints: number,
  actual: DisplayValue | null,
  threshold: LocalizedText | null,
  band: LocalizedText | null,
  missing: string[],
  explanation: LocalizedText,
  children: CriterionResult[] | null,
): CriterionResult {
  const known = min === max;
  return {
    id: head.id,
    kind: head.kind,
    clause: head.clause,
    title,
    mandatory: false,
    passed: known ? min > 0 : min > 0 ? true : max === 0 ? false : null,
    points: known ? min : null,
    pointsMin: min,
    pointsMax: max,
    maxPoints,
    actual,
    threshold,
    band,
    missing,
    explanation,
    unconfirmed: head.unconfirmed,
    children,
  };
}

/** The shared, frozen "nothing missing" list. */
export const NONE_MISSING: string[] = Object.freeze([]) as unknown as string[];
const EMPTY = NONE_MISSING;

/** Children's missing facts, only when the parent itself is undecided (otherwise they do not matter to it). */
export function missingOf(children: readonly CriterionResult[]): string[] {
  let out: string[] | null = null;
  for (const child of children) {
    if (child.missing.length > 0 && (child.passed === null || child.points === null)) {
      out ??= [];
      for (const p of child.missing) if (!out.includes(p)) out.push(p);
    }
  }
  return out ?? EMPTY;
}

/**
 * Results that depend only on a yes/no or choice answer (or on which facts are missing) are built
 * once and shared between evaluations — that is most of the criteria, and it keeps a million
 * evaluations cheap. Shared results are frozen, so a consumer that tried to modify one would get
 * an error instead of silently changing other evaluations. They remain plain objects.
 */
export function freezeResult(result: CriterionResult): CriterionResult {
  if (result.children) Object.freeze(result.children);
  Object.freeze(result.title);
  Object.freeze(result.explanation);
  if (result.actual) Object.freeze(result.actual);
  if (result.threshold) Object.freeze(result.threshold);
  if (result.band) Object.freeze(result.band);
  Object.freeze(result.missing);
  return Object.freeze(result);
}

/**
 * A small per-criterion cache, emptied when the application year (and so the labels) changes.
 * Keys are few (yes/no, a handful of options or missing-fact paths), so a linear scan with ===
 * beats hashing; at most 64 keys are kept.
 */
export class YearCache<K, V> {
  private year = -1;
  private onTrue: V | undefined = undefined;
  private onFalse: V | undefined = undefined;
  private readonly keys: K[] = [];
  private readonly values: V[] = [];

  get(year: number, key: K): V | undefined {
    if (year !== this.year) {
      this.year = year;
      this.onTrue = undefined;
      this.onFalse = undefined;
      this.keys.length = 0;
      this.values.length = 0;
      return undefined;
    }
    if (key === true) return this.onTrue;
    if (key === false) return this.onFalse;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return this.values[i];
    return undefined;
  }

  set(key: K, value: V): V {
    if (key === true) this.onTrue = value;
    else if (key === false) this.onFalse = value;
    else if (this.keys.length < 64) {
      this.keys.push(key);
      this.values.push(value);
    }
    return value;
  }
}

const LEAF = Symbol("result");
type Trie = Map<unknown, unknown>;

/**
 * Shares a composite result (a group, a first-match, a capped sum) when all of its children are
 * shared results: the same children give the same result, found by walking a small trie keyed by
 * the children's identities.
 */
export class SharedComposites {
  private year = -1;
  private root: Trie = new Map();
  private count = 0;

  lookup(year: number, children: readonly CriterionResult[]): CriterionResult | undefined {
    if (year !== this.year) {
      this.root = new Map();
      this.year = year;
      this.count = 0;
      return undefined;
    }
    let node: Trie | undefined = this.root;
    for (let i = 0; i < children.length && node; i++) node = node.get(children[i]) as Trie | undefined;
    return node?.get(LEAF) as CriterionResult | undefined;
  }

  store(children: readonly CriterionResult[], result: CriterionResult): CriterionResult {
    if (this.count >= 4096) return result;
    let node = this.root;
    for (const child of children) {
      let next = node.get(child) as Trie | undefined;
      if (!next) node.set(child, (next = new Map()));
      node = next;
    }
    node.set(LEAF, result);
    this.count++;
    return result;
  }
}

import { yuanToFen } from "../amount";
import type { Facts } from "../facts";
import type { LocalizedText } from "../localized-text";
import type { MetricResult, MetricValue } from "./metric-types";

/**
 * Defensive readers. The evaluator is meant for schema-valid facts, but it must never crash on
 * anything else: a value of the wrong type is treated exactly like a value not reported.
 */

const YEAR_KEYS: string[] = [];
for (let y = 0; y <= 2200; y++) YEAR_KEYS.push(String(y));

export function yearKey(year: number): string {
  return YEAR_KEYS[year] ?? String(year);
}

type Bag = Record<string, unknown>;

function asBag(value: unknown): Bag | undefined {
  return typeof value === "object" && value !== null ? (value as Bag) : undefined;
}

/** The object at facts[section], if it is one. */
export function section(facts: Facts, name: keyof Facts): Bag | undefined {
  if (typeof facts !== "object" || facts === null) return undefined;
  const v = (facts as Bag)[name];
  return typeof v === "object" && v !== null ? (v as Bag) : undefined;
}

/*
 * facts.financials[year] is read by most metrics. Within one evaluation the bags are looked up once
 * per year: runRuleSet calls beginFacts() first, so the memo never outlives the evaluation (a
 * caller may change a facts object between two evaluations).
 */
let memoFacts: unknown = undefined;
let memoFinancials: Bag | undefined = undefined;
const memoYears: (Bag | null | undefined)[] = [];
let memoBase = 0;

/** Starts a new evaluation: forgets what the previous one read. */
export function beginFacts(facts: Facts): void {
  memoFacts = facts;
  memoFinancials = section(facts, "financials");
  memoYears.length = 0;
  memoBase = 0;
}

/** facts.financials[year], if it is an object. */
export function financialYear(facts: Facts, year: number): Bag | undefined {
  if (facts !== memoFacts) return asBag(section(facts, "financials")?.[yearKey(year)]);
  if (memoYears.length === 0) memoBase = year - 8;
  const i = year - memoBase;
  if (i >= 0 && i < 16) {
    const hit = memoYears[i];
    if (hit !== undefined) return hit ?? undefined;
    const bag = memoFinancials === undefined ? undefined : asBag(memoFinancials[yearKey(year)]);
    while (memoYears.length <= i) memoYears.push(undefined);
    memoYears[i] = bag ?? null;
    return bag;
  }
  return memoFinancials === undefined ? undefined : asBag(memoFinancials[yearKey(year)]);
}

export function readFen(bag: Bag | undefined, field: string): number | undefined {
  return bag === undefined ? undefined : yuanToFen(bag[field]);
}

export function readNonNegativeFen(bag: Bag | undefined, field: string): number | undefined {
  const fen = readFen(bag, field);
  return fen !== undefined && fen >= 0 ? fen : undefined;
}

export function readCount(bag: Bag | undefined, field: string): number | undefined {
  const v = bag?.[field];
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1e9 ? v : undefined;
}

export function readNumber(bag: Bag | undefined, field: string): number | undefined {
  const v = bag?.[field];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export function readBoolean(bag: Bag | undefined, field: string): boolean | undefined {
  const v = bag?.[field];
  return typeof v === "boolean" ? v : undefined;
}

export function readString(bag: Bag | undefined, field: string): string | undefined {
  const v = bag?.[field];
  return typeof v === "string" ? v : undefined;
}

const PATHS = new Map<string, string[]>();

/**
 * "financials.2025.revenue". Interned: the same string object every time, so results that name a
 * missing fact can be shared between evaluations and looked up without re-hashing new strings.
 */
export function finPath(year: number, field: string): string {
  let byYear = PATHS.get(field);
  if (!byYear) PATHS.set(field, (byYear = []));
  return (byYear[year] ??= `financials.${yearKey(year)}.${field}`);
}

const YEAR_PATHS = new Map<string, string[]>();

/** Interned "<prefix>.<year>" paths, e.g. "equityFinancing.2024". */
export function yearPath(prefix: string, year: number): string {
  let byYear = YEAR_PATHS.get(prefix);
  if (!byYear) YEAR_PATHS.set(prefix, (byYear = []));
  return (byYear[year] ??= `${prefix}.${yearKey(year)}`);
}

/*
 * Every metric result is built here with the same four fields in the same order, whatever its
 * status: the engine reads results of all metrics at one call site, which stays fast only while
 * they share one object shape. Results are internal (criteria copy what they need), so the shared
 * ones are not frozen — freezing would give them a shape of their own.
 */
const NO_PATHS: readonly string[] = Object.freeze([]);

function metricResult(status: MetricResult["status"], value: MetricValue | undefined, paths: readonly string[], reason: LocalizedText | null): MetricResult {
  return { status, value, paths, reason } as unknown as MetricResult;
}

export function missing(...paths: string[]): MetricResult {
  return metricResult("missing", undefined, paths, null);
}

const MISSING_ONE = new Map<string, MetricResult>();

/**
 * The "missing" result for one interned path, shared: it is read-only data and the most common
 * result for a blank form, so it is built once rather than per evaluation.
 */
export function missingPath(path: string): MetricResult {
  let r = MISSING_ONE.get(path);
  if (r === undefined) MISSING_ONE.set(path, (r = metricResult("missing", undefined, Object.freeze([path]), null)));
  return r;
}

export const OK_TRUE: MetricResult = metricResult("ok", true, NO_PATHS, null);
export const OK_FALSE: MetricResult = metricResult("ok", false, NO_PATHS, null);
const OK_STRINGS = new Map<string, MetricResult>();

/** ok(value) without allocating for yes/no answers and choices (a handful of distinct values). */
export function okShared(value: boolean | string): MetricResult {
  if (value === true) return OK_TRUE;
  if (value === false) return OK_FALSE;
  let r = OK_STRINGS.get(value);
  if (r === undefined) {
    r = metricResult("ok", value, NO_PATHS, null);
    if (OK_STRINGS.size < 1000) OK_STRINGS.set(value, r);
  }
  return r;
}

export function invalid(reason: LocalizedText, ...paths: string[]): MetricResult {
  return metricResult("invalid", undefined, paths, reason);
}

export function ok(value: MetricValue): MetricResult {
  return metricResult("ok", value, NO_PATHS, null);
}

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
  return asBag(asBag(facts)?.[name]);
}

/** facts.financials[year], if it is an object. */
export function financialYear(facts: Facts, year: number): Bag | undefined {
  return asBag(section(facts, "financials")?.[yearKey(year)]);
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

export function missing(...paths: string[]): MetricResult {
  return { status: "missing", paths };
}

export function invalid(reason: LocalizedText, ...paths: string[]): MetricResult {
  return { status: "invalid", paths, reason };
}

export function ok(value: MetricValue): MetricResult {
  return { status: "ok", value };
}

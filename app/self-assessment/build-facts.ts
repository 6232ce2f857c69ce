import type { FactField } from "@/lib/rules";

/**
 * The self-assessment form keeps what was typed, as text, by concrete fact path
 * ("financials.2025.revenue"); this turns it into facts for the engine. An empty input means
 * "not reported" (so the criterion stays unknown rather than failing); text that is not a number
 * is passed on as text so the facts schema reports it against its field.
 */
export type RawValues = Readonly<Record<string, string>>;

export interface AwardRow {
  level: string;
  year: string;
  rank: string;
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

export function valueOf(unit: FactField["unit"], raw: string): unknown {
  const text = raw.trim();
  if (text === "") return undefined;
  switch (unit) {
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "date":
      return text;
    case "enum":
      return NUMERIC.test(text) ? Number(text) : text;
    default: {
      // Thousands separators are how people write amounts: "12,000,000" / "12，000，000".
      const cleaned = text.replace(/[,，\s]/g, "");
      return NUMERIC.test(cleaned) ? Number(cleaned) : text;
    }
  }
}

const UNSAFE = new Set(["__proto__", "prototype", "constructor"]);

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  if (keys.some((k) => UNSAFE.has(k))) return;
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === undefined || next === null || typeof next !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

export function buildFacts(raw: RawValues, unitOf: (path: string) => FactField["unit"], awards: readonly AwardRow[] | null): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const [path, text] of Object.entries(raw)) {
    const value = valueOf(unitOf(path), text);
    if (value !== undefined) setPath(facts, path, value);
  }
  // null: the question was not answered; [] : "no awards", which the engine can judge.
  if (awards !== null) {
    const list = awards.map((a) => {
      const item: Record<string, unknown> = {};
      const level = valueOf("enum", a.level);
      const year = valueOf("year", a.year);
      const rank = valueOf("rank", a.rank);
      if (level !== undefined) item.level = level;
      if (year !== undefined) item.year = year;
      if (rank !== undefined) item.rank = rank;
      return item;
    });
    setPath(facts, "awards.scienceTech", list);
  }
  return facts;
}

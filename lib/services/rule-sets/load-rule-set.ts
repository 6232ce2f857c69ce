import { compileRuleSet, type CompiledRuleSet, ruleSetSchema, type RuleSet } from "@/lib/rules";
import { DomainError } from "@/lib/errors/domain-error";
import { chinaDate, dateOf } from "@/lib/calendar/today";
import type { Tx } from "../db-types";

export interface LoadedRuleSet {
  id: string;
  code: string;
  revision: number;
  definition: RuleSet;
  compiled: CompiledRuleSet;
}

// Published rule-set revisions never change, so a compiled one can be kept for the process.
const compiledById = new Map<string, LoadedRuleSet>();

function load(row: { id: string; code: string; revision: number; definition: unknown }): LoadedRuleSet {
  const cached = compiledById.get(row.id);
  if (cached) return cached;
  // Stored definitions are validated again on load: the database is not trusted to hold only
  // what the schema allows.
  const definition = ruleSetSchema.parse(row.definition);
  const loaded = { id: row.id, code: row.code, revision: row.revision, definition, compiled: compileRuleSet(definition) };
  compiledById.set(row.id, loaded);
  return loaded;
}

const SELECT = { id: true, code: true, revision: true, definition: true } as const;

/** The published revision of a rule-set code in force on a date: the newest effective by then. */
export async function ruleSetInForce(tx: Tx, code: string, on: Date): Promise<LoadedRuleSet> {
  const row = await tx.ruleSet.findFirst({
    where: { code, status: "published", effectiveFrom: { lte: dateOf(chinaDate(on)) } },
    orderBy: [{ effectiveFrom: "desc" }, { revision: "desc" }],
    select: SELECT,
  });
  if (!row) {
    throw new DomainError("conflict", { zh: `规则集“${code}”尚未发布或未生效。`, en: `Rule set "${code}" is not published or not yet in force.` });
  }
  return load(row);
}

export async function ruleSetById(tx: Tx, id: string): Promise<LoadedRuleSet> {
  return load(await tx.ruleSet.findUniqueOrThrow({ where: { id }, select: SELECT }));
}

import "server-only";
import type { Tier } from "@/lib/rules";
import { notFound } from "@/lib/errors/domain-error";
import { tierFromDb } from "../tier";
import type { Tx } from "../db-types";
import { ruleSetInForce, type LoadedRuleSet } from "./load-rule-set";
import { isoOf } from "@/lib/calendar/today";

export interface ProgrammeWithRuleSet {
  programme: { id: string; code: string; tier: Tier; year: number; regionCode: string | null; nameZh: string; nameEn: string };
  ruleSet: LoadedRuleSet;
  /** The row's effective date (what decides which revision is in force), as YYYY-MM-DD. */
  effectiveFrom: string | null;
}

/** Programme codes are short kebab-case; anything else cannot name one and is not looked up. */
const PROGRAMME_CODE = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * A programme by its public code with the revision of its rule set in force on the day — the one
 * a new application would be judged by.
 */
export async function programmeWithRuleSet(tx: Tx, code: string, on: Date): Promise<ProgrammeWithRuleSet> {
  const missing = notFound({ zh: "申报项目", en: "programme" });
  if (!PROGRAMME_CODE.test(code)) throw missing;
  const row = await tx.programme.findUnique({
    where: { code },
    select: { id: true, code: true, tier: true, year: true, regionCode: true, nameZh: true, nameEn: true, ruleSetCode: true },
  });
  if (!row) throw missing;
  const ruleSet = await ruleSetInForce(tx, row.ruleSetCode, on);
  const stored = await tx.ruleSet.findUniqueOrThrow({ where: { id: ruleSet.id }, select: { effectiveFrom: true } });
  return {
    programme: { id: row.id, code: row.code, tier: tierFromDb(row.tier), year: row.year, regionCode: row.regionCode, nameZh: row.nameZh, nameEn: row.nameEn },
    ruleSet,
    effectiveFrom: stored.effectiveFrom ? isoOf(stored.effectiveFrom) : null,
  };
}

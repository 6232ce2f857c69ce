import "server-only";
import type { EligibilityResponse } from "@/lib/api/eligibility-contract";
import { prisma } from "@/lib/db/client";
import { evaluate, type Facts } from "@/lib/rules";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { programmeWithRuleSet } from "./programme-rule-set";

/**
 * Public, anonymous evaluation of self-reported facts against a programme (the API and the
 * self-assessment page). Nothing is stored and no title is taken from the register: the caller's
 * figures are judged as given, by the rule set a new application would get today (Beijing date).
 */
export async function evaluateForProgramme(programmeCode: string, facts: Facts, now = systemNow()): Promise<EligibilityResponse> {
  const db = await prisma();
  const today = chinaDate(now);
  const { programme, ruleSet, effectiveFrom } = await programmeWithRuleSet(db, programmeCode, dateOf(today));
  const evaluation = evaluate(ruleSet.compiled, facts, { applicationYear: programme.year, asOf: today });
  return {
    programme: {
      code: programme.code,
      name: { zh: programme.nameZh, en: programme.nameEn },
      tier: programme.tier,
      year: programme.year,
      region: programme.regionCode,
    },
    ruleSet: { code: ruleSet.code, revision: ruleSet.revision, version: ruleSet.definition.version, effectiveFrom },
    evaluation,
  };
}

import "server-only";
import type { Facts, RuleSet, EvaluationContext } from "@/lib/rules";
import { chinaDate, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { registeredTitles } from "../rule-sets/evaluate-application";
import { ruleSetById, ruleSetInForce } from "../rule-sets/load-rule-set";

export interface LiveEvaluationInputs {
  programmeCode: string;
  /** The rule set the application is (or would be) judged by, so the browser can evaluate without a round trip. */
  ruleSet: RuleSet | null;
  context: EvaluationContext;
  /** Titles come from the register, as at submission, not from the form. */
  titlesHeld: Facts["titlesHeld"];
}

/**
 * What the live eligibility panel beside the form needs: the same rule set and register titles
 * that submission will use, so the preview and the frozen evaluation agree.
 */
export async function liveEvaluationInputs(
  application: { companyId: string; year: number; ruleSetId: string | null; programme: { code: string; ruleSetCode: string } },
  now = systemNow(),
): Promise<LiveEvaluationInputs> {
  const db = await prisma();
  const ruleSet = await (application.ruleSetId ? ruleSetById(db, application.ruleSetId) : ruleSetInForce(db, application.programme.ruleSetCode, now)).catch(
    () => null,
  );
  return {
    programmeCode: application.programme.code,
    ruleSet: ruleSet?.definition ?? null,
    context: { applicationYear: application.year, asOf: chinaDate(now) },
    titlesHeld: await registeredTitles(db, application.companyId, now),
  };
}

import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import type { EvaluationResult } from "@/lib/rules";
import { evaluateApplication } from "../rule-sets/evaluate-application";
import { loadForStaff } from "./load-for-staff";
import { systemNow } from "@/lib/calendar/today";

/**
 * The application's facts evaluated again today, by the rule set it was judged by at submission
 * and with the titles the register holds today, so an official can see whether anything changed
 * since (a title expired, a rule-set fix). Nothing is stored: the frozen evaluation stays the
 * record of what was submitted.
 */
export async function freshEvaluationForStaff(actor: Actor, applicationId: string, now = systemNow()): Promise<EvaluationResult> {
  const db = await prisma();
  const application = await loadForStaff(db, actor, applicationId, "application:read");
  const { result } = await evaluateApplication(db, {
    programmeId: application.programmeId,
    ruleSetId: application.ruleSetId,
    companyId: application.companyId,
    facts: application.facts,
    year: application.year,
    asOf: now,
  });
  return result;
}

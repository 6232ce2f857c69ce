import type { Tier } from "@/generated/prisma/client";
import { chinaDate, dateOf, isoOf } from "@/lib/calendar/today";
import { evaluate, type EvaluationResult, type Facts } from "@/lib/rules";
import type { Tx } from "../db-types";
import { ruleSetById, ruleSetInForce } from "./load-rule-set";

export interface ApplicationEvaluation {
  ruleSetId: string;
  result: EvaluationResult;
  outcome: EvaluationResult["outcome"];
  score: number | null;
}

/**
 * The titles a firm holds come from the register, not from what it types: the valid
 * innovative and specialized recognitions on the day, with their end dates.
 */
export async function registeredTitles(tx: Tx, companyId: string, on: Date): Promise<Facts["titlesHeld"]> {
  const rows = await tx.recognition.findMany({
    where: {
      companyId,
      tier: { in: ["innovative", "specialized"] satisfies Tier[] },
      status: { in: ["active", "under_rereview"] },
      validUntil: { gte: dateOf(chinaDate(on)) },
    },
    select: { tier: true, validUntil: true },
    orderBy: { validUntil: "desc" },
  });
  const until = (tier: Tier) => rows.find((r) => r.tier === tier)?.validUntil;
  const innovative = until("innovative");
  const specialized = until("specialized");
  return {
    innovative: innovative !== undefined,
    ...(innovative ? { innovativeValidUntil: isoOf(innovative) } : {}),
    specialized: specialized !== undefined,
    ...(specialized ? { specializedValidUntil: isoOf(specialized) } : {}),
  };
}

/**
 * Evaluates an application's facts against the programme's rule set in force (or, for a
 * resubmission, the rule set it was first judged by: publishing a new version never changes how
 * a submitted application is judged).
 */
export async function evaluateApplication(
  tx: Tx,
  input: { programmeId: string; ruleSetId: string | null; companyId: string; facts: unknown; year: number; asOf: Date },
): Promise<ApplicationEvaluation> {
  const programme = await tx.programme.findUniqueOrThrow({ where: { id: input.programmeId }, select: { ruleSetCode: true } });
  const ruleSet = input.ruleSetId ? await ruleSetById(tx, input.ruleSetId) : await ruleSetInForce(tx, programme.ruleSetCode, input.asOf);
  const facts = { ...((input.facts ?? {}) as Facts), titlesHeld: await registeredTitles(tx, input.companyId, input.asOf) };
  const result = evaluate(ruleSet.compiled, facts, { applicationYear: input.year, asOf: chinaDate(input.asOf) });
  return { ruleSetId: ruleSet.id, result, outcome: result.outcome, score: result.score?.total ?? null };
}

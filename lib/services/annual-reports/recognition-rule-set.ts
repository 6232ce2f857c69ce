import { DomainError } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";
import { ruleSetById, ruleSetInForce, type LoadedRuleSet } from "../rule-sets/load-rule-set";

/**
 * The rule set a title was granted under: the one stored with it, else its programme's rule set
 * in force on the day it was granted. Annual data are judged by this, never by a newer version.
 */
export async function recognitionRuleSet(
  tx: Tx,
  recognition: { ruleSetId: string | null; programmeId: string | null; validFrom: Date },
): Promise<LoadedRuleSet> {
  if (recognition.ruleSetId) return ruleSetById(tx, recognition.ruleSetId);
  if (recognition.programmeId) {
    const programme = await tx.programme.findUniqueOrThrow({ where: { id: recognition.programmeId }, select: { ruleSetCode: true } });
    return ruleSetInForce(tx, programme.ruleSetCode, recognition.validFrom);
  }
  throw new DomainError("conflict", {
    zh: "该认定未记录适用的规则集，无法核验年度数据，请联系主管部门。",
    en: "This title has no recorded rule set, so its annual data cannot be checked; please contact your authority.",
  });
}

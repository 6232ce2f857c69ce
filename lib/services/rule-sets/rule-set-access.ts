import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { forbidden, notFound } from "@/lib/errors/domain-error";

/**
 * Who sees and who changes a rule set. Administrators only (`ruleset:manage`). A national
 * administrator manages every rule set; a provincial one manages its province's and reads the
 * national ones (they apply in its province too) but not other provinces'.
 */
export function mayManageRuleSet(actor: Actor, ruleSet: { regionCode: string | null }): boolean {
  return may(actor, "ruleset:manage", { provinceCode: ruleSet.regionCode });
}

export function mayReadRuleSet(actor: Actor, ruleSet: { regionCode: string | null }): boolean {
  return may(actor, "ruleset:manage") && (ruleSet.regionCode === null || mayManageRuleSet(actor, ruleSet));
}

/** The list filter matching mayReadRuleSet. */
export function readableRuleSets(actor: Actor): Prisma.RuleSetWhereInput {
  if (!may(actor, "ruleset:manage")) throw forbidden();
  return actor.jurisdictionCode === null ? {} : { OR: [{ regionCode: null }, { regionCode: actor.jurisdictionCode }] };
}

/** 403 for anyone but an administrator and for what it may only read; "not found" for what it may not even read. */
export function requireManage(actor: Actor, ruleSet: { regionCode: string | null }): void {
  if (!may(actor, "ruleset:manage")) throw forbidden();
  if (!mayReadRuleSet(actor, ruleSet)) throw notFound({ zh: "规则集", en: "rule set" });
  if (!mayManageRuleSet(actor, ruleSet)) throw forbidden();
}

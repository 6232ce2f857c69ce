import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/domain-error";
import type { RuleSet } from "@/lib/rules";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { tierFromDb } from "../tier";
import { editableValues, type EditableValue } from "@/lib/domain/rule-sets/editable-values";
import { mayManageRuleSet, mayReadRuleSet } from "./rule-set-access";
import { displayStatuses, type DisplayStatus } from "@/lib/domain/rule-sets/rule-set-status";

export interface RuleSetDetail {
  id: string;
  code: string;
  revision: number;
  tier: ReturnType<typeof tierFromDb>;
  edition: string;
  regionCode: string | null;
  title: { zh: string; en: string };
  status: DisplayStatus;
  effectiveFrom: string | null;
  publishedAt: Date | null;
  basedOn: { id: string; revision: number } | null;
  definition: RuleSet;
  values: EditableValue[];
  canManage: boolean;
  revisions: { id: string; revision: number; edition: string; status: DisplayStatus; effectiveFrom: string | null }[];
}

const iso = (d: Date | null) => (d ? isoOf(d) : null);

/** One rule set with its criteria, the numbers that can be edited, and its other revisions. */
export async function ruleSetDetail(actor: Actor, id: string, now = systemNow()): Promise<RuleSetDetail> {
  const db = await prisma();
  const row = await db.ruleSet.findUnique({ where: { id } });
  if (!row || !mayReadRuleSet(actor, row)) throw notFound({ zh: "规则集", en: "rule set" });
  const siblings = await db.ruleSet.findMany({
    where: { code: row.code },
    select: { id: true, code: true, revision: true, edition: true, status: true, effectiveFrom: true },
    orderBy: { revision: "desc" },
  });
  const statuses = displayStatuses(siblings, chinaDate(now));
  const basedOn = row.basedOnId ? siblings.find((s) => s.id === row.basedOnId) : undefined;
  // Stored definitions were validated when written; they are shown as stored.
  const definition = row.definition as unknown as RuleSet;
  return {
    id: row.id,
    code: row.code,
    revision: row.revision,
    tier: tierFromDb(row.tier),
    edition: row.edition,
    regionCode: row.regionCode,
    title: { zh: row.titleZh, en: row.titleEn },
    status: statuses.get(row.id)!,
    effectiveFrom: iso(row.effectiveFrom),
    publishedAt: row.publishedAt,
    basedOn: basedOn ? { id: basedOn.id, revision: basedOn.revision } : null,
    definition,
    values: editableValues(definition),
    canManage: mayManageRuleSet(actor, row),
    revisions: siblings.map((s) => ({ id: s.id, revision: s.revision, edition: s.edition, status: statuses.get(s.id)!, effectiveFrom: iso(s.effectiveFrom) })),
  };
}

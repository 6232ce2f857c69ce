import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/domain-error";
import type { RuleSet } from "@/lib/rules";
import { appendAudit } from "../audit/append-audit";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { invalidDefinition } from "./draft-errors";
import type { PublishRuleSetInput } from "@/lib/domain/rule-sets/inputs";
import { requireManage } from "./rule-set-access";
import { notDraft } from "./save-rule-set-draft";
import { validateDefinition } from "@/lib/domain/rule-sets/validate-definition";

/**
 * Publishes a draft from an effective date. From that date it is the revision new applications
 * are judged by (ruleSetInForce picks the newest effective one); applications already submitted
 * keep the revision and the evaluation stored with them. Not back-dated: a rule that was not
 * public cannot have applied. The status change and its audit entry are one transaction.
 */
export async function publishRuleSet(actor: Actor, input: PublishRuleSetInput, now = systemNow()) {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const row = await tx.ruleSet.findUnique({
      where: { id: input.id },
      select: { id: true, code: true, revision: true, regionCode: true, status: true, definition: true },
    });
    if (!row) throw notFound({ zh: "规则集", en: "rule set" });
    requireManage(actor, row);
    if (row.status !== "draft") throw notDraft();

    const today = chinaDate(now);
    if (input.effectiveFrom < today) {
      throw invalidDefinition({ effectiveFrom: [{ zh: `生效日期不能早于今天（${today}）。`, en: `The effective date cannot be before today (${today}).` }] });
    }
    const checked = validateDefinition({ ...(row.definition as unknown as RuleSet), effectiveFrom: input.effectiveFrom });
    if (!checked.ok) throw invalidDefinition(checked.errors);

    const published = await tx.ruleSet.updateMany({
      where: { id: row.id, status: "draft" },
      data: {
        status: "published",
        effectiveFrom: dateOf(input.effectiveFrom),
        publishedAt: now,
        publishedById: actor.id,
        definition: checked.definition as unknown as Prisma.InputJsonValue,
      },
    });
    if (published.count === 0) throw notDraft();
    await appendAudit(tx, actor, {
      action: "ruleset.publish",
      entityType: "rule_set",
      entityId: row.id,
      fromStatus: "draft",
      toStatus: "published",
      data: { code: row.code, revision: row.revision, effectiveFrom: input.effectiveFrom },
    });
    return { id: row.id, code: row.code, revision: row.revision, effectiveFrom: input.effectiveFrom };
  });
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError, notFound } from "@/lib/errors/domain-error";
import type { RuleSet } from "@/lib/rules";
import { appendAudit } from "../audit/append-audit";
import { invalidDefinition } from "./draft-errors";
import { applyValues, editableValues } from "@/lib/domain/rule-sets/editable-values";
import type { SaveRuleSetDraftInput } from "@/lib/domain/rule-sets/inputs";
import { requireManage } from "./rule-set-access";
import { validateDefinition, type DefinitionErrors } from "@/lib/domain/rule-sets/validate-definition";

const NUMBER = /^-?\d+(?:\.\d+)?$/;

export const notDraft = () =>
  new DomainError("conflict", {
    zh: "只有草稿可以修改；已发布的版本不能再改，请另建新版本。",
    en: "Only a draft can be changed; a published version is final — create a new version instead.",
  });

/**
 * Writes edited thresholds, bands, points and pass mark into a draft — only if the whole rule set
 * still validates (schema, cross-field checks, compilation). Otherwise nothing is written and
 * every problem comes back beside its field.
 */
export async function saveRuleSetDraft(actor: Actor, input: SaveRuleSetDraftInput) {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const row = await tx.ruleSet.findUnique({
      where: { id: input.id },
      select: { id: true, code: true, revision: true, regionCode: true, status: true, definition: true },
    });
    if (!row) throw notFound({ zh: "规则集", en: "rule set" });
    requireManage(actor, row);
    if (row.status !== "draft") throw notDraft();

    const current = row.definition as unknown as RuleSet;
    const editable = new Set(editableValues(current).map((v) => v.path));
    const errors: DefinitionErrors = {};
    const values = new Map<string, number>();
    for (const [path, text] of Object.entries(input.values)) {
      const cleaned = text.trim().replace(/[,，\s]/g, "");
      if (!editable.has(path)) errors[path] = [{ zh: "该项不可修改。", en: "This value cannot be edited." }];
      else if (!NUMBER.test(cleaned)) errors[path] = [{ zh: "请输入数字。", en: "Enter a number." }];
      else values.set(path, Number(cleaned));
    }
    if (Object.keys(errors).length > 0) throw invalidDefinition(errors);

    const next = { ...applyValues(current, values), version: input.version };
    const checked = validateDefinition(next);
    if (!checked.ok) throw invalidDefinition(checked.errors);

    const saved = await tx.ruleSet.updateMany({
      where: { id: row.id, status: "draft" },
      data: { definition: checked.definition as unknown as Prisma.InputJsonValue, edition: input.version },
    });
    if (saved.count === 0) throw notDraft();
    const changed = [...values].filter(([path, value]) => editableValues(current).find((v) => v.path === path)?.value !== value).map(([path]) => path);
    await appendAudit(tx, actor, {
      action: "ruleset.edit-draft",
      entityType: "rule_set",
      entityId: row.id,
      data: { code: row.code, revision: row.revision, changed },
    });
    return { id: row.id, changed: changed.length };
  });
}

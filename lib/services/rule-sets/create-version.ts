import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { DomainError, notFound } from "@/lib/errors/domain-error";
import type { RuleSet } from "@/lib/rules";
import { appendAudit } from "../audit/append-audit";
import type { CreateVersionInput } from "@/lib/domain/rule-sets/inputs";
import { requireManage } from "./rule-set-access";

/**
 * Copies a rule set into a new draft revision of the same code. The code is what programmes
 * point at, so once published (and effective) the new revision is what new applications get.
 */
export async function createRuleSetVersion(actor: Actor, input: CreateVersionInput) {
  const db = await prisma();
  try {
    return await db.$transaction(async (tx) => {
      const base = await tx.ruleSet.findUnique({ where: { id: input.basedOnId } });
      if (!base) throw notFound({ zh: "规则集", en: "rule set" });
      requireManage(actor, base);
      const draft = await tx.ruleSet.findFirst({ where: { code: base.code, status: "draft" }, select: { id: true, revision: true } });
      if (draft) {
        throw new DomainError(
          "conflict",
          {
            zh: `该规则集已有草稿（第${draft.revision}版），请先完成或继续编辑该草稿。`,
            en: `This rule set already has a draft (revision ${draft.revision}); finish that draft first.`,
          },
          { draftId: draft.id },
        );
      }
      const latest = await tx.ruleSet.aggregate({ where: { code: base.code }, _max: { revision: true } });
      const revision = (latest._max.revision ?? base.revision) + 1;
      const definition = structuredClone(base.definition) as unknown as RuleSet;
      definition.version = `${definition.version} r${revision}`.slice(0, 40);
      // The copy starts undated: its dates are set when it is published.
      definition.effectiveFrom = null;
      definition.effectiveTo = null;
      const created = await tx.ruleSet.create({
        data: {
          code: base.code,
          revision,
          tier: base.tier,
          edition: definition.version,
          regionCode: base.regionCode,
          titleZh: base.titleZh,
          titleEn: base.titleEn,
          definition: definition as unknown as Prisma.InputJsonValue,
          status: "draft",
          basedOnId: base.id,
        },
        select: { id: true, revision: true },
      });
      await appendAudit(tx, actor, {
        action: "ruleset.create-version",
        entityType: "rule_set",
        entityId: created.id,
        toStatus: "draft",
        data: { code: base.code, revision, basedOnId: base.id },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("conflict", {
        zh: "另一位管理员刚刚创建了新版本，请刷新。",
        en: "Another administrator has just created a new version; please reload.",
      });
    throw error;
  }
}

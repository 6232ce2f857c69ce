import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { BUILTIN_RULE_SETS } from "@/lib/rules";
import { systemNow } from "@/lib/calendar/today";

/** Publishes the built-in rule sets (revision 1 each); returns their ids by code. */
export async function seedRuleSets(db: PrismaClient, now = systemNow()): Promise<Map<string, string>> {
  await db.ruleSet.createMany({
    data: BUILTIN_RULE_SETS.map((rs) => ({
      code: rs.code,
      revision: 1,
      tier: rs.tier === "little-giant" ? ("little_giant" as const) : rs.tier,
      edition: rs.version,
      regionCode: rs.region,
      titleZh: rs.title.zh,
      titleEn: rs.title.en,
      definition: rs as unknown as Prisma.InputJsonValue,
      status: "published" as const,
      effectiveFrom: new Date(`${rs.effectiveFrom ?? "2000-01-01"}T00:00:00Z`),
      publishedAt: now,
    })),
    skipDuplicates: true,
  });
  const rows = await db.ruleSet.findMany({ where: { revision: 1 }, select: { id: true, code: true } });
  return new Map(rows.map((row) => [row.code, row.id]));
}

import type { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";

/**
 * One national rule kept in national_setting (the notice minimum, the roles that must use
 * two-factor): read against its schema — a missing or unreadable row is the default — and
 * written with its audit entry in the caller's transaction.
 */
export async function readNationalSetting<T>(key: string, schema: z.ZodType<T>, fallback: T, tx?: Tx): Promise<{ value: T; updatedAt: Date | null }> {
  const db = tx ?? (await prisma());
  const row = await db.nationalSetting.findUnique({ where: { key }, select: { value: true, updatedAt: true } });
  const parsed = schema.safeParse(row?.value);
  return { value: parsed.success ? parsed.data : fallback, updatedAt: row?.updatedAt ?? null };
}

export async function writeNationalSetting(
  tx: Tx,
  actor: Actor,
  setting: { key: string; value: number | string[]; action: string; fromStatus: string; toStatus: string },
): Promise<void> {
  await tx.nationalSetting.upsert({
    where: { key: setting.key },
    create: { key: setting.key, value: setting.value, updatedById: actor.id },
    update: { value: setting.value, updatedById: actor.id },
  });
  await appendAudit(tx, actor, {
    action: setting.action,
    entityType: "national_setting",
    entityId: setting.key,
    fromStatus: setting.fromStatus,
    toStatus: setting.toStatus,
  });
}

import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { forbidden } from "@/lib/errors/domain-error";
import { DEFAULT_MINIMUM_NOTICE_WORKING_DAYS, MAX_NOTICE_WORKING_DAYS } from "@/lib/workflow/notice-window";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";

/** The national_setting row that holds the floor under every call's notice length. */
export const NOTICE_MINIMUM_KEY = "notice.minimumWorkingDays";

const storedValue = z.number().int().min(1).max(MAX_NOTICE_WORKING_DAYS);

export const setNoticeMinimumSchema = z.object({
  workingDays: z.coerce
    .number({ error: "请输入工作日数。 / Enter a number of working days." })
    .int({ error: "请输入整数。 / Enter a whole number." })
    .min(1, { error: "至少为1个工作日。 / At least 1 working day." })
    .max(MAX_NOTICE_WORKING_DAYS, { error: `最多${MAX_NOTICE_WORKING_DAYS}个工作日。 / At most ${MAX_NOTICE_WORKING_DAYS} working days.` }),
});

/**
 * Only the national administrator (an administrator with no jurisdiction) sets national rules; a
 * provincial administrator may not lower the floor for their own province's notices.
 */
export function maySetNoticeMinimum(actor: Pick<Actor, "role" | "jurisdictionCode">): boolean {
  return hasPermission(actor, "notice-minimum:set");
}

/** The national minimum notice length in working days; the default until one is set. */
export async function noticeMinimum(tx?: Tx): Promise<number> {
  const db = tx ?? (await prisma());
  const row = await db.nationalSetting.findUnique({ where: { key: NOTICE_MINIMUM_KEY }, select: { value: true } });
  const parsed = storedValue.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_MINIMUM_NOTICE_WORKING_DAYS;
}

export interface NoticeMinimumSetting {
  workingDays: number;
  updatedAt: Date | null;
}

export async function readNoticeMinimum(actor: Actor): Promise<NoticeMinimumSetting> {
  if (!maySetNoticeMinimum(actor)) throw forbidden();
  const db = await prisma();
  const row = await db.nationalSetting.findUnique({ where: { key: NOTICE_MINIMUM_KEY }, select: { value: true, updatedAt: true } });
  const parsed = storedValue.safeParse(row?.value);
  return { workingDays: parsed.success ? parsed.data : DEFAULT_MINIMUM_NOTICE_WORKING_DAYS, updatedAt: row?.updatedAt ?? null };
}

/** Sets the national minimum; notices already published keep their dates (it applies from the next one). */
export async function setNoticeMinimum(actor: Actor, input: z.infer<typeof setNoticeMinimumSchema>): Promise<{ workingDays: number }> {
  if (!maySetNoticeMinimum(actor)) throw forbidden();
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const before = await noticeMinimum(tx);
    await tx.nationalSetting.upsert({
      where: { key: NOTICE_MINIMUM_KEY },
      create: { key: NOTICE_MINIMUM_KEY, value: input.workingDays, updatedById: actor.id },
      update: { value: input.workingDays, updatedById: actor.id },
    });
    await appendAudit(tx, actor, {
      action: "setting.notice_minimum",
      entityType: "national_setting",
      entityId: NOTICE_MINIMUM_KEY,
      fromStatus: String(before),
      toStatus: String(input.workingDays),
    });
    return { workingDays: input.workingDays };
  });
}

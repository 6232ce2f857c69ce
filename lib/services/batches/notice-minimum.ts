import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { forbidden } from "@/lib/errors/domain-error";
import { DEFAULT_MINIMUM_NOTICE_WORKING_DAYS, MAX_NOTICE_WORKING_DAYS } from "@/lib/workflow/notice-window";
import type { Tx } from "../db-types";
import { readNationalSetting, writeNationalSetting } from "../settings/national-setting";
import { workingDaysInput } from "../settings/working-days-input";

/** The national_setting row that holds the floor under every call's notice length. */
export const NOTICE_MINIMUM_KEY = "notice.minimumWorkingDays";

const storedValue = z.number().int().min(1).max(MAX_NOTICE_WORKING_DAYS);

export const setNoticeMinimumSchema = workingDaysInput(MAX_NOTICE_WORKING_DAYS);

/**
 * Only the national administrator (an administrator with no jurisdiction) sets national rules; a
 * provincial administrator may not lower the floor for their own province's notices.
 */
export function maySetNoticeMinimum(actor: Pick<Actor, "role" | "jurisdictionCode">): boolean {
  return hasPermission(actor, "notice-minimum:set");
}

/** The national minimum notice length in working days; the default until one is set. */
export async function noticeMinimum(tx?: Tx): Promise<number> {
  return (await readNationalSetting(NOTICE_MINIMUM_KEY, storedValue, DEFAULT_MINIMUM_NOTICE_WORKING_DAYS, tx)).value;
}

export interface NoticeMinimumSetting {
  workingDays: number;
  updatedAt: Date | null;
}

export async function readNoticeMinimum(actor: Actor): Promise<NoticeMinimumSetting> {
  if (!maySetNoticeMinimum(actor)) throw forbidden();
  const { value, updatedAt } = await readNationalSetting(NOTICE_MINIMUM_KEY, storedValue, DEFAULT_MINIMUM_NOTICE_WORKING_DAYS);
  return { workingDays: value, updatedAt };
}

/** Sets the national minimum; notices already published keep their dates (it applies from the next one). */
export async function setNoticeMinimum(actor: Actor, input: z.infer<typeof setNoticeMinimumSchema>): Promise<{ workingDays: number }> {
  if (!maySetNoticeMinimum(actor)) throw forbidden();
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const before = await noticeMinimum(tx);
    await writeNationalSetting(tx, actor, {
      key: NOTICE_MINIMUM_KEY,
      value: input.workingDays,
      action: "setting.notice_minimum",
      fromStatus: String(before),
      toStatus: String(input.workingDays),
    });
    return { workingDays: input.workingDays };
  });
}

import { z } from "zod";
import { hasPermission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { forbidden } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";
import { readNationalSetting, writeNationalSetting } from "../settings/national-setting";
import { workingDaysInput } from "../settings/working-days-input";

/**
 * How many working days past its due date a file waits before the officials of its level hear
 * of it as well as its reviewer (docs/decisions/029). One national rule, like the notice minimum.
 */
export const ESCALATION_KEY = "review.escalationWorkingDays";
export const DEFAULT_ESCALATION_WORKING_DAYS = 5;
const MAX_ESCALATION_WORKING_DAYS = 60;

const storedValue = z.number().int().min(1).max(MAX_ESCALATION_WORKING_DAYS);

export const setEscalationDaysSchema = workingDaysInput(MAX_ESCALATION_WORKING_DAYS);

/** The working days past due before a file is escalated; the default until one is set. */
export async function escalationWorkingDays(tx?: Tx): Promise<number> {
  return (await readNationalSetting(ESCALATION_KEY, storedValue, DEFAULT_ESCALATION_WORKING_DAYS, tx)).value;
}

export async function readEscalationDays(actor: Actor): Promise<{ workingDays: number; updatedAt: Date | null }> {
  if (!hasPermission(actor, "review-escalation:set")) throw forbidden();
  const { value, updatedAt } = await readNationalSetting(ESCALATION_KEY, storedValue, DEFAULT_ESCALATION_WORKING_DAYS);
  return { workingDays: value, updatedAt };
}

/** Sets the rule, audited; files already escalated stay so, the others follow the new number from the next run. */
export async function setEscalationDays(actor: Actor, input: z.infer<typeof setEscalationDaysSchema>): Promise<{ workingDays: number }> {
  if (!hasPermission(actor, "review-escalation:set")) throw forbidden();
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const before = await escalationWorkingDays(tx);
    await writeNationalSetting(tx, actor, {
      key: ESCALATION_KEY,
      value: input.workingDays,
      action: "setting.review_escalation",
      fromStatus: String(before),
      toStatus: String(input.workingDays),
    });
    return { workingDays: input.workingDays };
  });
}

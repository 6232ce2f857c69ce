import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { systemNow } from "@/lib/calendar/today";

export const markReadSchema = z.union([z.object({ notificationIds: z.array(z.string().uuid()).min(1).max(100) }), z.object({ all: z.literal(true) })]);
export type MarkReadInput = z.infer<typeof markReadSchema>;

/**
 * Marks the caller's own notifications read. The user id is part of the filter, so ids of
 * someone else's notifications simply match nothing.
 */
export async function markNotificationsRead(actor: Actor, input: MarkReadInput, now = systemNow()): Promise<{ updated: number }> {
  const db = await prisma();
  const where = "all" in input ? { userId: actor.id, readAt: null } : { userId: actor.id, readAt: null, id: { in: input.notificationIds } };
  const result = await db.notification.updateMany({ where, data: { readAt: now } });
  return { updated: result.count };
}

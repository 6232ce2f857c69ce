import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { AWAITING_STATUS, queueScope, requireStaff } from "./review-scope";

/** How many files awaiting this official's level are assigned to them (the dashboard's "assigned to me"). */
export async function countAssignedToMe(actor: Actor): Promise<number> {
  requireStaff(actor);
  const db = await prisma();
  return db.application.count({ where: { AND: [queueScope(actor), { status: AWAITING_STATUS[actor.role], assignedToId: actor.id }] } });
}

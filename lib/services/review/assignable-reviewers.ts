import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { requireStaff } from "./review-scope";

/** Officials of the same level and the same jurisdiction as this one, who may take a file over. */
export function colleaguesOf(actor: Actor): Prisma.UserWhereInput {
  return { role: actor.role, jurisdictionCode: actor.jurisdictionCode, disabledAt: null };
}

/** Whom this official may assign a file to (themselves included). */
export async function listAssignableReviewers(actor: Actor): Promise<{ id: string; name: string }[]> {
  requireStaff(actor);
  const db = await prisma();
  return db.user.findMany({ where: colleaguesOf(actor), select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { CLAIM_SELECT } from "./claim-scope";
import { withStandings } from "./list-claims";

/** The claims a person made, newest first: what their account waits for. */
export async function ownClaims(actor: Actor) {
  const db = await prisma();
  const rows = await db.companyClaim.findMany({ where: { claimantId: actor.id }, select: CLAIM_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return withStandings(rows);
}

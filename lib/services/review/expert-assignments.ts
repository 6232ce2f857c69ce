import "server-only";
import type { ApplicationStatus, Tier } from "@/generated/prisma/client";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";

export interface ExpertAssignmentRow {
  applicationId: string;
  tier: Tier;
  year: number;
  status: ApplicationStatus;
  companyNameZh: string;
  programme: { nameZh: string; nameEn: string };
  assignedAt: Date;
  score: number | null;
  submittedAt: Date | null;
}

/** An expert's own review assignments, newest first; nothing about anyone else's. */
export async function listExpertAssignments(actor: Actor): Promise<ExpertAssignmentRow[]> {
  requirePermission(actor, "expert-review:submit");
  const db = await prisma();
  const rows = await db.expertAssignment.findMany({
    where: { expertId: actor.id },
    select: {
      applicationId: true,
      score: true,
      submittedAt: true,
      createdAt: true,
      application: {
        select: { tier: true, year: true, status: true, company: { select: { nameZh: true } }, programme: { select: { nameZh: true, nameEn: true } } },
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    applicationId: row.applicationId,
    tier: row.application.tier,
    year: row.application.year,
    status: row.application.status,
    companyNameZh: row.application.company.nameZh,
    programme: row.application.programme,
    assignedAt: row.createdAt,
    score: row.score,
    submittedAt: row.submittedAt,
  }));
}

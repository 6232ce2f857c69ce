import "server-only";
import type { ApplicationStatus, Prisma, Role, Tier } from "@/generated/prisma/client";
import { may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors/domain-error";
import { DECISION_ACTIONS, type DecisionAction } from "@/lib/review/decision-input";
import { allowedApplicationActions, applicationGates, type ExpertReviewCounts } from "@/lib/workflow/application-lifecycle";
import { DECISION_REQUIREMENTS, type DecisionRequirements } from "@/lib/workflow/decision-contract";
import { APPLICATION_WORD, loadApplicationInScope } from "../applications/application-scope";
import { loadTransitionContext } from "../applications/transition-context";
import { workflowRoleOf } from "@/lib/workflow/workflow-role";
import { requireApplicationId, requireStaff } from "./review-scope";

const DETAIL_SELECT = {
  id: true,
  status: true,
  version: true,
  tier: true,
  year: true,
  facts: true,
  evaluation: true,
  outcome: true,
  score: true,
  returnedByLevel: true,
  reopenSections: true,
  assignedToId: true,
  submittedAt: true,
  reference: true,
  decidedAt: true,
  updatedAt: true,
  company: {
    select: {
      id: true,
      nameZh: true,
      nameEn: true,
      creditCode: true,
      regionCode: true,
      cityCode: true,
      provinceCode: true,
      industryCode: true,
      foundedYear: true,
    },
  },
  programme: { select: { id: true, code: true, nameZh: true, nameEn: true, year: true, tier: true } },
  documents: {
    where: { deletedAt: null },
    select: { id: true, section: true, fileName: true, mimeType: true, size: true, createdAt: true },
    orderBy: [{ section: "asc" }, { createdAt: "asc" }],
  },
  reviews: {
    select: { id: true, actorId: true, actorRole: true, action: true, fromStatus: true, toStatus: true, reason: true, sections: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} as const satisfies Prisma.ApplicationSelect;

export interface TimelineEntry {
  id: string;
  actor: { id: string | null; name: string | null; role: Role };
  action: string;
  from: ApplicationStatus;
  to: ApplicationStatus;
  reason: string | null;
  sections: string[];
  at: Date;
}

export interface RegionNames {
  nameZh: string;
  nameEn: string;
}

export interface ApplicationForReview {
  id: string;
  status: ApplicationStatus;
  version: number;
  tier: Tier;
  year: number;
  facts: unknown;
  evaluation: unknown;
  outcome: string | null;
  score: number | null;
  reopenSections: string[];
  submittedAt: Date | null;
  reference: string | null;
  decidedAt: Date | null;
  company: {
    id: string;
    nameZh: string;
    nameEn: string | null;
    creditCode: string;
    industryCode: string;
    foundedYear: number | null;
    region: RegionNames & { code: string };
    city: RegionNames & { code: string };
    province: RegionNames & { code: string };
  };
  programme: { id: string; code: string; nameZh: string; nameEn: string; year: number; tier: Tier };
  documents: { id: string; section: string; fileName: string; mimeType: string; size: number; createdAt: Date }[];
  timeline: TimelineEntry[];
  assignedTo: { id: string; name: string } | null;
  /** The decisions this official may take now (state machine × role × jurisdiction). */
  allowedActions: DecisionAction[];
  /** What each decision needs for this file (the machine's requirements with its overrides). */
  requirements: DecisionRequirements;
  /** What the machine says about approving, for this official, before they submit. */
  approval: ApprovalGates;
}

export interface ApprovalGates {
  /** Set while approval waits for assigned experts (a hard rule): how many have reported. */
  expertsOutstanding: ExpertReviewCounts | null;
  /** Approving is an override (the rules judged the file not eligible) and needs a reason. */
  overrideNotEligible: boolean;
}

/**
 * An application as an official reviews it. Outside the official's jurisdiction (or, for the
 * ministry, outside the national tier) and while still a company's draft, it does not exist.
 */
export async function getApplicationForReview(actor: Actor, applicationId: string): Promise<ApplicationForReview> {
  requireStaff(actor);
  requireApplicationId(applicationId);
  const db = await prisma();
  const scoped = await loadApplicationInScope(db, actor, applicationId, "application:read");
  if (scoped.status === "draft") throw notFound(APPLICATION_WORD);
  const application = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: DETAIL_SELECT });

  const { company } = application;
  const userIds = [
    ...new Set([...application.reviews.flatMap((r) => (r.actorId ? [r.actorId] : [])), ...(application.assignedToId ? [application.assignedToId] : [])]),
  ];
  const regionCodes = [...new Set([company.regionCode, company.cityCode, company.provinceCode])];
  const [users, regions] = await Promise.all([
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    db.region.findMany({ where: { code: { in: regionCodes } }, select: { code: true, nameZh: true, nameEn: true } }),
  ]);
  const nameById = new Map(users.map((u) => [u.id, u.name]));
  const region = (code: string) => {
    const found = regions.find((r) => r.code === code);
    return { code, nameZh: found?.nameZh ?? code, nameEn: found?.nameEn ?? code };
  };

  const workflowRole = workflowRoleOf(actor);
  const reviewer = workflowRole && may(actor, "application:review", scoped) ? workflowRole : null;
  const context = await loadTransitionContext(db, application);
  const allowed = reviewer ? allowedApplicationActions(application.status, context, reviewer) : [];
  const gates = reviewer ? applicationGates(application.status, context, reviewer) : [];
  const approveGate = gates.find((gate) => gate.action === "approve");
  const requirements = { ...DECISION_REQUIREMENTS };
  for (const gate of gates) if ((DECISION_ACTIONS as readonly string[]).includes(gate.action)) requirements[gate.action as DecisionAction] = gate.requires;

  return {
    id: application.id,
    status: application.status,
    version: application.version,
    tier: application.tier,
    year: application.year,
    facts: application.facts,
    evaluation: application.evaluation,
    outcome: application.outcome,
    score: application.score === null ? null : Number(application.score),
    reopenSections: Array.isArray(application.reopenSections) ? (application.reopenSections as string[]) : [],
    submittedAt: application.submittedAt,
    reference: application.reference,
    decidedAt: application.decidedAt,
    company: {
      id: company.id,
      nameZh: company.nameZh,
      nameEn: company.nameEn,
      creditCode: company.creditCode,
      industryCode: company.industryCode,
      foundedYear: company.foundedYear,
      region: region(company.regionCode),
      city: region(company.cityCode),
      province: region(company.provinceCode),
    },
    programme: application.programme,
    documents: application.documents,
    timeline: application.reviews.map((review) => ({
      id: review.id,
      actor: { id: review.actorId, name: review.actorId ? (nameById.get(review.actorId) ?? null) : null, role: review.actorRole },
      action: review.action,
      from: review.fromStatus,
      to: review.toStatus,
      reason: review.reason,
      sections: Array.isArray(review.sections) ? (review.sections as string[]) : [],
      at: review.createdAt,
    })),
    assignedTo: application.assignedToId ? { id: application.assignedToId, name: nameById.get(application.assignedToId) ?? "" } : null,
    allowedActions: allowed.filter((action): action is DecisionAction => (DECISION_ACTIONS as readonly string[]).includes(action)),
    requirements,
    approval: {
      expertsOutstanding: approveGate?.failed.includes("expert-reviews-outstanding") ? context.expertReviews : null,
      overrideNotEligible: approveGate?.overrides.includes("judged-not-eligible") ?? false,
    },
  };
}

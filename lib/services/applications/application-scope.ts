import { may, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";

export const APPLICATION_WORD = { zh: "申报", en: "application" } as const;

const SCOPE_SELECT = {
  id: true,
  status: true,
  version: true,
  tier: true,
  year: true,
  returnedByLevel: true,
  reopenSections: true,
  companyId: true,
  cityCode: true,
  provinceCode: true,
  programmeId: true,
  ruleSetId: true,
  facts: true,
  sectionState: true,
} as const;

/**
 * Loads an application only if the caller may see it. Another firm's or another city's
 * application is "not found", so ids cannot be probed.
 */
export async function loadApplicationInScope(tx: Tx, actor: Actor, applicationId: string, permission: Permission = "application:read") {
  const application = await tx.application.findUnique({ where: { id: applicationId }, select: SCOPE_SELECT });
  if (!application || !may(actor, permission, application)) throw notFound(APPLICATION_WORD);
  // The ministry works on the national tier only.
  if (actor.role === "ministry" && application.tier !== "little_giant") throw notFound(APPLICATION_WORD);
  return application;
}

export type ScopedApplication = Awaited<ReturnType<typeof loadApplicationInScope>>;

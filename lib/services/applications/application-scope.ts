import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { isRecordId } from "@/lib/domain/record-id";
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
  reference: true,
} as const;

/**
 * Loads an application only if the caller may reach it with the permission (its company, city,
 * province and tier against the permission table). Another firm's, another city's or another
 * tier's application is "not found", so ids cannot be probed.
 */
export async function loadApplicationInScope(tx: Tx, actor: Actor, applicationId: string, permission: Permission = "application:read") {
  requirePermission(actor, permission);
  if (!isRecordId(applicationId)) throw notFound(APPLICATION_WORD);
  const application = await tx.application.findUnique({ where: { id: applicationId }, select: SCOPE_SELECT });
  if (!application) throw notFound(APPLICATION_WORD);
  requirePermission(actor, permission, application, APPLICATION_WORD);
  return application;
}

export type ScopedApplication = Awaited<ReturnType<typeof loadApplicationInScope>>;

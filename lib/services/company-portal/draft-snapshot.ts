import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import type { SectionState } from "@/lib/application/sections";
import { prisma } from "@/lib/db/client";
import { loadApplicationInScope } from "../applications/application-scope";

/** The company's stored facts and version of one of its own applications. */
export async function draftSnapshot(actor: Actor, applicationId: string) {
  requireOwnCompany(actor, "application:edit");
  const db = await prisma();
  const application = await loadApplicationInScope(db, actor, applicationId, "application:read");
  return {
    facts: (application.facts ?? {}) as Record<string, unknown>,
    version: application.version,
    status: application.status,
    sectionState: (application.sectionState ?? {}) as SectionState,
  };
}

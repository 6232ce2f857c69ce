import type { Actor } from "@/lib/auth/roles";
import type { SectionState } from "@/lib/application/sections";
import { prisma } from "@/lib/db/client";
import { forbidden } from "@/lib/errors/domain-error";
import { loadApplicationInScope } from "../applications/application-scope";

/** The company's stored facts and version of one of its own applications. */
export async function draftSnapshot(actor: Actor, applicationId: string) {
  if (actor.role !== "company") throw forbidden();
  const db = await prisma();
  const application = await loadApplicationInScope(db, actor, applicationId, "application:read");
  return {
    facts: (application.facts ?? {}) as Record<string, unknown>,
    version: application.version,
    status: application.status,
    sectionState: (application.sectionState ?? {}) as SectionState,
  };
}

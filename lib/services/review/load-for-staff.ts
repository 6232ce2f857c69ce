import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";
import { APPLICATION_WORD, loadApplicationInScope } from "../applications/application-scope";
import { requireApplicationId, requireStaff } from "./review-scope";

/**
 * An application an official works on: staff only, in their jurisdiction (else "not found"),
 * and submitted — a company's draft is not theirs to see yet.
 */
export async function loadForStaff(tx: Tx, actor: Actor, applicationId: string, permission: Permission = "application:review") {
  requireStaff(actor);
  requireApplicationId(applicationId);
  const application = await loadApplicationInScope(tx, actor, applicationId, permission);
  if (application.status === "draft") throw notFound(APPLICATION_WORD);
  return application;
}

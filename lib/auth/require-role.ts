import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { currentActor } from "./current-actor";
import type { Actor, Role } from "./roles";

/**
 * The one check behind every staff and company page: no session → the sign-in page (coming
 * back here afterwards); the wrong role → 403. Server actions use `actionActor` instead, which
 * answers with a result rather than a redirect.
 */
export async function requireRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    const path = (await headers()).get("x-pathname") ?? "";
    redirect(`/signin${path ? `?callbackUrl=${encodeURIComponent(path)}` : ""}`);
  }
  if (!roles.includes(actor.role)) forbidden();
  return actor;
}

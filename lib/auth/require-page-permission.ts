import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { currentActor } from "./current-actor";
import { hasPermission, type Permission } from "./permissions";
import type { Actor } from "./roles";

/**
 * The one check behind every signed-in page: no session → the sign-in page (coming back here
 * afterwards); without the page's permission (lib/auth/permissions.ts) → 403. "signed-in" is for
 * pages every account has (the inbox). Server actions use `defineAction` instead, which answers
 * with a result rather than a redirect; either way the service checks the record again.
 */
export async function requirePagePermission(permission: Permission | "signed-in"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    const path = (await headers()).get("x-pathname") ?? "";
    redirect(`/signin${path ? `?callbackUrl=${encodeURIComponent(path)}` : ""}`);
  }
  if (permission !== "signed-in" && !hasPermission(actor, permission)) forbidden();
  return actor;
}

import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { currentActor, currentEnrollingActor } from "./current-actor";
import { hasPermission, type Permission } from "./permissions";
import type { Actor } from "./roles";

export const TWO_FACTOR_PAGE = "/account/two-factor";

/** The two-factor page: open to every signed-in person, and the only page a session that must enrol opens. */
export async function requireOwnAccountPage(): Promise<{ actor: Actor; mustEnrol: boolean }> {
  const actor = await currentActor();
  if (actor) return { actor, mustEnrol: false };
  const enrolling = await currentEnrollingActor();
  if (enrolling) return { actor: enrolling, mustEnrol: true };
  redirect(`/signin?callbackUrl=${encodeURIComponent(TWO_FACTOR_PAGE)}`);
}

/**
 * The one check behind every signed-in page: no session → the sign-in page (coming back here
 * afterwards); without the page's permission (lib/auth/permissions.ts) → 403. "signed-in" is for
 * pages every account has (the inbox). Server actions use `defineAction` instead, which answers
 * with a result rather than a redirect; either way the service checks the record again.
 */
export async function requirePagePermission(permission: Permission | "signed-in"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) {
    if (await currentEnrollingActor()) redirect(TWO_FACTOR_PAGE);
    const path = (await headers()).get("x-pathname") ?? "";
    redirect(`/signin${path ? `?callbackUrl=${encodeURIComponent(path)}` : ""}`);
  }
  if (permission !== "signed-in" && !hasPermission(actor, permission)) forbidden();
  return actor;
}

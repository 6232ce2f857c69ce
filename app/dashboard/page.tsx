import { redirect } from "next/navigation";
import { currentActor, currentEnrollingActor } from "@/lib/auth/current-actor";
import { TWO_FACTOR_PAGE } from "@/lib/auth/require-page-permission";
import { HOME_BY_ROLE } from "@/lib/auth/roles";

export default async function DashboardRedirect() {
  const actor = await currentActor();
  if (actor) redirect(HOME_BY_ROLE[actor.role]);
  // A session that must set up two-factor first goes there (docs/decisions/025).
  redirect((await currentEnrollingActor()) ? TWO_FACTOR_PAGE : "/signin");
}

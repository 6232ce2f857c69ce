import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/roles";

/** `region` is the name of the official's jurisdiction (lib/services/regions/region-name), read by the page. */
export async function DashboardHeading({ actor, title, region = null }: { actor: Actor; title: string; region?: string | null }) {
  const [t, roles] = await Promise.all([getTranslations("dashboard"), getTranslations("roles")]);
  return (
    <div className="space-y-1">
      <h1 className="text-2xl font-bold text-brand-800" data-testid="dashboard-title">
        {title}
      </h1>
      <p className="text-slate-700">
        {t("welcome", { name: actor.name })} · {roles(actor.role)}
      </p>
      {actor.companyId === null && <p className="text-sm text-slate-600">{t("jurisdiction", { name: region ?? t("national") })}</p>}
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/roles";
import { regionName } from "@/lib/services/regions/region-name";

export async function DashboardHeading({ actor, title }: { actor: Actor; title: string }) {
  const [t, roles, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("roles"), getLocale()]);
  const region = await regionName(actor.jurisdictionCode, locale);
  return (
    <div className="space-y-1">
      <h1 className="text-2xl font-bold text-brand-800" data-testid="dashboard-title">
        {title}
      </h1>
      <p className="text-slate-700">
        {t("welcome", { name: actor.name })} · {roles(actor.role)}
      </p>
      {actor.role !== "company" && (
        <p className="text-sm text-slate-600">{t("jurisdiction", { name: region ?? t("national") })}</p>
      )}
    </div>
  );
}

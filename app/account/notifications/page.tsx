import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationPreferencesForm } from "@/components/account/notification-preferences-form";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { notificationPreferences } from "@/lib/services/notifications/notification-preferences";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notificationSettings"))("title") };
}

/** Every signed-in person turns optional email notices off (or on again) for themselves. */
export default async function NotificationSettings() {
  const actor = await requirePagePermission("signed-in");
  const [t, preferences] = await Promise.all([getTranslations("notificationSettings"), notificationPreferences(actor)]);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-800" data-testid="page-title">
        {t("title")}
      </h1>
      <p className="text-slate-700">{t("intro")}</p>
      <NotificationPreferencesForm topics={preferences.topics} />
      <section aria-labelledby="essential-title" className="space-y-1">
        <h2 id="essential-title" className="text-lg font-semibold">
          {t("essential")}
        </h2>
        <p className="text-slate-700">{t("essentialList")}</p>
      </section>
    </div>
  );
}

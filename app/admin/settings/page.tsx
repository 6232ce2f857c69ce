import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/batches/action-form";
import { setNoticeMinimumAction } from "@/lib/actions/settings/set-notice-minimum";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { readNoticeMinimum } from "@/lib/services/batches/notice-minimum";

/** National settings, for the national administrator only (a provincial administrator gets 403). */
export default async function SettingsPage() {
  const actor = await requirePagePermission("notice-minimum:set");
  const [t, setting] = await Promise.all([getTranslations("batches"), readNoticeMinimum(actor)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{t("settingsTitle")}</h1>
        <p className="text-slate-700">{t("settingsIntro")}</p>
      </div>
      <section aria-labelledby="notice-minimum" className="max-w-xl rounded border border-slate-300 p-4">
        <h2 id="notice-minimum" className="mb-3 text-lg font-semibold">
          {t("noticeMinimumTitle")}
        </h2>
        <p className="mb-3" data-testid="notice-minimum-current">
          {t("noticeMinimumCurrent", { days: setting.workingDays })}
        </p>
        <ActionForm
          action={setNoticeMinimumAction}
          testId="notice-minimum"
          submitLabel={t("save")}
          pendingLabel={t("sending")}
          successMessage={t("noticeMinimumSaved", { days: "{workingDays}" })}
          fields={[
            {
              name: "workingDays",
              label: t("noticeMinimumLabel"),
              type: "number",
              defaultValue: String(setting.workingDays),
              required: true,
              hint: t("noticeMinimumHint"),
            },
          ]}
        />
      </section>
    </div>
  );
}

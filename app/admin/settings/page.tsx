import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/batches/action-form";
import { setNoticeMinimumAction } from "@/lib/actions/settings/set-notice-minimum";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { setRequiredTwoFactorRolesAction } from "@/lib/actions/account/two-factor";
import { readRequiredTwoFactorRoles } from "@/lib/services/accounts/two-factor";
import { readNoticeMinimum } from "@/lib/services/batches/notice-minimum";

/** National settings, for the national administrator only (a provincial administrator gets 403). */
export default async function SettingsPage() {
  const actor = await requirePagePermission("notice-minimum:set");
  const [t, tf, tr, setting, twoFactor] = await Promise.all([
    getTranslations("batches"),
    getTranslations("twoFactor"),
    getTranslations("roles"),
    readNoticeMinimum(actor),
    readRequiredTwoFactorRoles(actor),
  ]);
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
      <section aria-labelledby="two-factor-required" className="max-w-xl rounded border border-slate-300 p-4">
        <h2 id="two-factor-required" className="mb-3 text-lg font-semibold">
          {tf("settingsTitle")}
        </h2>
        <p className="mb-3 text-slate-700">{tf("settingsIntro")}</p>
        <ActionForm
          action={setRequiredTwoFactorRolesAction}
          testId="two-factor-required"
          submitLabel={tf("settingsSave")}
          pendingLabel={t("sending")}
          successMessage={tf("settingsSaved")}
          fields={[]}
        >
          <fieldset key={twoFactor.roles.join(",")} className="space-y-1">
            <legend className="sr-only">{tf("settingsTitle")}</legend>
            {twoFactor.choices.map((role) => (
              <label key={role} className="flex items-center gap-2">
                <input type="checkbox" name="roles" value={role} defaultChecked={twoFactor.roles.includes(role)} />
                {tr(role)}
              </label>
            ))}
          </fieldset>
        </ActionForm>
      </section>
    </div>
  );
}

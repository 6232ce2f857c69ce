import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/batches/action-form";
import { setNoticeMinimumAction } from "@/lib/actions/settings/set-notice-minimum";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { setRequiredTwoFactorRolesAction } from "@/lib/actions/account/two-factor";
import { readRequiredTwoFactorRoles } from "@/lib/services/accounts/two-factor";
import { readNoticeMinimum } from "@/lib/services/batches/notice-minimum";
import { setEscalationDaysAction } from "@/lib/actions/settings/set-escalation-days";
import { readEscalationDays } from "@/lib/services/review/escalation-setting";
import { WorkingDaysSetting } from "./working-days-setting";

/** National settings, for the national administrator only (a provincial administrator gets 403). */
export default async function SettingsPage() {
  const actor = await requirePagePermission("notice-minimum:set");
  const [t, tf, tr, te, setting, twoFactor, escalation] = await Promise.all([
    getTranslations("batches"),
    getTranslations("twoFactor"),
    getTranslations("roles"),
    getTranslations("review.escalation"),
    readNoticeMinimum(actor),
    readRequiredTwoFactorRoles(actor),
    readEscalationDays(actor),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{t("settingsTitle")}</h1>
        <p className="text-slate-700">{t("settingsIntro")}</p>
      </div>
      <WorkingDaysSetting
        id="notice-minimum"
        title={t("noticeMinimumTitle")}
        current={t("noticeMinimumCurrent", { days: setting.workingDays })}
        label={t("noticeMinimumLabel")}
        hint={t("noticeMinimumHint")}
        saved={t("noticeMinimumSaved", { days: "{workingDays}" })}
        workingDays={setting.workingDays}
        action={setNoticeMinimumAction}
        saveLabel={t("save")}
        pendingLabel={t("sending")}
      />
      <WorkingDaysSetting
        id="review-escalation"
        title={te("title")}
        intro={te("intro")}
        current={te("current", { days: escalation.workingDays })}
        label={te("label")}
        hint={te("hint")}
        saved={te("saved", { days: "{workingDays}" })}
        workingDays={escalation.workingDays}
        action={setEscalationDaysAction}
        saveLabel={t("save")}
        pendingLabel={t("sending")}
      />
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

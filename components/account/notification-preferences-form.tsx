"use client";

import { useLocale, useTranslations } from "next-intl";
import { updateNotificationPreferencesAction } from "@/lib/actions/notifications/update-notification-preferences";
import { buttonClass, ResultMessage } from "@/components/recognitions/form-parts";
import { pick } from "@/components/recognitions/labels";
import { useActionForm } from "@/components/recognitions/use-action-form";

export interface PreferenceTopic {
  kind: string;
  label: { zh: string; en: string };
  email: boolean;
}

/** One box per optional kind: ticked is emailed. */
export function NotificationPreferencesForm({ topics }: { topics: PreferenceTopic[] }) {
  const t = useTranslations("notificationSettings");
  const locale = useLocale();
  const { result, submit, pending } = useActionForm(updateNotificationPreferencesAction);
  const shown = result?.ok ? result.data.topics : topics;
  return (
    <form onSubmit={submit} className="space-y-3">
      <fieldset className="space-y-2">
        <legend className="text-lg font-semibold">{t("optional")}</legend>
        {shown.map((topic) => (
          <div key={`${topic.kind}-${String(topic.email)}`} className="flex items-center gap-2">
            <input type="checkbox" id={`email-${topic.kind}`} name="email" value={topic.kind} defaultChecked={topic.email} className="h-4 w-4" />
            <label htmlFor={`email-${topic.kind}`}>{pick(topic.label, locale)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("saving") : t("save")}
      </button>
      <ResultMessage result={result} success={t("saved")} testId="preferences-result" />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { updateCompanyProfileAction } from "@/lib/actions/company-profile/update-company-profile";
import { useActionForm } from "@/components/recognitions/use-action-form";
import { buttonClass, Field, inputClass, InputField, ResultMessage } from "../recognitions/form-parts";

export interface ProfileValues {
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  industryCode: string;
}

/** The firm's contact details and industry, the part of its record it edits itself. */
export function CompanyProfileForm({ values, industries }: { values: ProfileValues; industries: { code: string; name: string }[] }) {
  const t = useTranslations("companyProfile");
  const { result, submit, pending, issue } = useActionForm(updateCompanyProfileAction, "companyProfile");
  const text = (id: keyof ProfileValues, type: string, hint?: string) => (
    <InputField id={`profile-${id}`} label={t(id)} hint={hint} error={issue(id)} name={id} type={type} defaultValue={values[id]} required />
  );
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="profile-edit-title">
      <h2 id="profile-edit-title" className="text-lg font-semibold">
        {t("editTitle")}
      </h2>
      {text("contactName", "text")}
      {text("contactPhone", "tel", t("contactPhoneHint"))}
      {text("contactEmail", "email")}
      <Field id="profile-industryCode" label={t("industry")} error={issue("industryCode")}>
        {(describedBy, invalid) => (
          <select
            id="profile-industryCode"
            name="industryCode"
            defaultValue={values.industryCode}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          >
            <option value="">{t("choose")}</option>
            {industries.map((i) => (
              <option key={i.code} value={i.code}>
                {i.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("save")}
      </button>
      <ResultMessage result={result} success={result?.ok ? (result.data.changed.length > 0 ? t("saved") : t("unchanged")) : ""} testId="profile-result" />
    </form>
  );
}

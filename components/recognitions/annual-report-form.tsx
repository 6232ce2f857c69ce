"use client";

import { useLocale, useTranslations } from "next-intl";
import { submitAnnualReportAction } from "@/lib/actions/annual-reports/submit-annual-report";
import { ANNUAL_DECLARATIONS, ANNUAL_FIGURES } from "@/lib/domain/annual-reports/annual-report-input";
import { FACT_FIELDS, SME_SIZES } from "@/lib/rules";
import { AnnualExplanationView } from "./annual-explanation";
import { buttonClass, Field, inputClass, InputField, ResultMessage } from "./form-parts";
import { pick } from "./labels";
import { useActionForm } from "./use-action-form";

// Labels come from the engine's field catalogue, so the form says what the application form says.
const field = (path: string) => FACT_FIELDS.find((f) => f.path === path);
const figureLabel = (name: string, locale: string) => {
  const entry = field(`financials.{year}.${name}`);
  return entry ? pick(entry.label, locale) : name;
};

/**
 * Last year's operating data for one title, with the verdict shown as soon as it is submitted.
 * The page keeps this component mounted even when nothing is left to report, so the verdict of
 * the last submission stays on screen after the page refreshes.
 */
export function AnnualReportForm({ titles, selected, dataYear }: { titles: { id: string; label: string }[]; selected: string | null; dataYear: number }) {
  const t = useTranslations("recognitions.annual");
  const locale = useLocale();
  const { result, submit, pending, issue } = useActionForm(submitAnnualReportAction);
  const size = field("compliance.smeSize");
  const verdict = (
    <>
      <ResultMessage result={result} success={result?.ok ? (result.data.flagged ? t("flagged") : t("passed")) : ""} testId="annual-result" />
      {result?.ok && <AnnualExplanationView explanation={result.data.explanation} locale={locale} testId="annual-verdict" />}
    </>
  );
  if (titles.length === 0) {
    return (
      <div className="space-y-3">
        {verdict}
        <p className="rounded border border-slate-200 p-3" data-testid="annual-nothing-due">
          {t("nothingDue", { year: dataYear })}
        </p>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-labelledby="annual-form-title">
      <h2 id="annual-form-title" className="text-lg font-semibold">
        {t("formTitle", { year: dataYear })}
      </h2>
      <input type="hidden" name="dataYear" value={dataYear} />
      <Field id="annual-recognition" label={t("title")} error={issue("recognitionId")}>
        {(describedBy, invalid) => (
          <select
            id="annual-recognition"
            name="recognitionId"
            defaultValue={selected ?? titles[0]?.id ?? ""}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            {titles.map((title) => (
              <option key={title.id} value={title.id}>
                {title.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {issue("dataYear") && (
        <p role="alert" className="text-sm text-accent-600">
          {issue("dataYear")}
        </p>
      )}
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 font-medium">{t("figures", { year: dataYear })}</legend>
        {ANNUAL_FIGURES.map((name) => {
          const unit = name === "employees" || name === "rdStaff" ? t("people") : t("yuan");
          return (
            <InputField
              key={name}
              id={`annual-${name}`}
              label={`${figureLabel(name, locale)}（${unit}）`}
              error={issue(name)}
              name={name}
              inputMode="decimal"
              required
            />
          );
        })}
        {(["classI", "classII"] as const).map((name) => (
          <InputField
            key={name}
            id={`annual-${name}`}
            label={pick(field(`ip.${name}`)!.label, locale)}
            hint={t("optional")}
            error={issue(name)}
            name={name}
            inputMode="numeric"
          />
        ))}
      </fieldset>
      <Field id="annual-smeSize" label={size ? pick(size.label, locale) : "smeSize"} error={issue("smeSize")}>
        {(describedBy, invalid) => (
          <select
            id="annual-smeSize"
            name="smeSize"
            defaultValue=""
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          >
            <option value="">{t("choose")}</option>
            {SME_SIZES.map((value) => (
              <option key={value} value={value}>
                {pick(size?.options?.find((o) => o.value === value)?.label ?? { zh: value, en: value }, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("declarations")}</legend>
        {ANNUAL_DECLARATIONS.map((name) => (
          <label key={name} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} className="mt-1" />
            <span>{pick(field(`compliance.${name}`)!.label, locale)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending || titles.length === 0} className={buttonClass}>
        {t("submit")}
      </button>
      {verdict}
    </form>
  );
}

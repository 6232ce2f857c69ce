"use client";

import { useLocale, useTranslations } from "next-intl";
import { submitChangeReportAction } from "@/lib/actions/change-reports/submit-change-report";
import { CHANGE_KIND_LABELS, CHANGE_KINDS } from "@/lib/domain/change-reports/change-report-input";
import { buttonClass, Field, inputClass, ResultMessage } from "./form-parts";
import { pick } from "./labels";
import { useActionForm } from "./use-action-form";

/** A firm reports a major change (rename, merger, restructuring, move to another province). */
export function ChangeReportForm() {
  const t = useTranslations("recognitions.changes");
  const locale = useLocale();
  const { result, dispatch, pending, issue } = useActionForm(submitChangeReportAction);
  return (
    <form action={dispatch} className="space-y-3" noValidate aria-labelledby="change-form-title">
      <h2 id="change-form-title" className="text-lg font-semibold">
        {t("formTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <Field id="change-kind" label={t("kind")} error={issue("kind")}>
        {(describedBy, invalid) => (
          <select
            id="change-kind"
            name="kind"
            defaultValue=""
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          >
            <option value="">{t("choose")}</option>
            {CHANGE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {pick(CHANGE_KIND_LABELS[kind], locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="change-effectiveOn" label={t("effectiveOn")} error={issue("effectiveOn")}>
        {(describedBy, invalid) => (
          <input
            id="change-effectiveOn"
            name="effectiveOn"
            type="date"
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          />
        )}
      </Field>
      <Field id="change-details" label={t("details")} hint={t("detailsHint")} error={issue("details")}>
        {(describedBy, invalid) => (
          <textarea
            id="change-details"
            name="details"
            rows={4}
            maxLength={4000}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          />
        )}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("submit")}
      </button>
      <ResultMessage
        result={result}
        success={result?.ok ? (result.data.late ? t("doneLate", { deadline: result.data.deadline }) : t("done")) : ""}
        testId="change-result"
      />
    </form>
  );
}

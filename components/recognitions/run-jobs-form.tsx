"use client";

import { useLocale, useTranslations } from "next-intl";
import { runJobsAction } from "@/lib/actions/jobs/run-jobs";
import { COUNT_LABELS, JOB_LABELS, JOB_NAMES } from "@/lib/jobs/job-types";
import { buttonClass, Field, inputClass, ResultMessage } from "./form-parts";
import { pick } from "./labels";
import { useActionForm } from "./use-action-form";

/** An administrator runs the dynamic-management jobs now (all, or one). */
export function RunJobsForm() {
  const t = useTranslations("jobs");
  const locale = useLocale();
  const { result, submit, pending, issue } = useActionForm(runJobsAction);
  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby="run-jobs-title">
      <h2 id="run-jobs-title" className="text-lg font-semibold">
        {t("runTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("runHelp")}</p>
      <Field id="job" label={t("job")} error={issue("job")}>
        {(describedBy, invalid) => (
          <select id="job" name="job" defaultValue="all" className={inputClass} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
            <option value="all">{t("allJobs")}</option>
            {JOB_NAMES.map((name) => (
              <option key={name} value={name}>
                {pick(JOB_LABELS[name], locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("running") : t("run")}
      </button>
      <ResultMessage result={result} success={t("done")} testId="jobs-result" />
      {result?.ok && (
        <ul className="list-disc pl-6 text-sm">
          {result.data.map((run) => (
            <li key={run.id}>
              {pick(JOB_LABELS[run.job], locale)}: {t(`status.${run.status}`)}
              {Object.entries(run.counts).length > 0 && " — "}
              {Object.entries(run.counts)
                .map(([key, value]) => `${COUNT_LABELS[key] ? pick(COUNT_LABELS[key], locale) : key} ${value}`)
                .join(", ")}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

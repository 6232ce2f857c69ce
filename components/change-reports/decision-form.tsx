"use client";

import { useTranslations } from "next-intl";
import { decideChangeReportAction } from "@/lib/actions/change-reports/decide-change-report";
import { buttonClass, dangerButtonClass, ResultMessage, TextAreaField } from "../recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";

/** An official accepts a change report (it takes effect) or refuses it with a reason. */
export function ChangeReportDecisionForm({ changeReportId, version }: { changeReportId: string; version: number }) {
  const t = useTranslations("changeReports.staff");
  const { result, submit, pending, issue } = useActionForm(decideChangeReportAction, "changeReports");
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="decide-title">
      <h2 id="decide-title" className="text-lg font-semibold">
        {t("decideTitle")}
      </h2>
      <input type="hidden" name="changeReportId" value={changeReportId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField id="decision-reason" label={t("reason")} hint={t("reasonHint")} error={issue("reason")} name="reason" rows={3} maxLength={2000} />
      <div className="flex gap-3">
        <button type="submit" name="decision" value="accept" disabled={pending || result?.ok} className={buttonClass}>
          {t("accept")}
        </button>
        <button type="submit" name="decision" value="refuse" disabled={pending || result?.ok} className={dangerButtonClass}>
          {t("refuse")}
        </button>
      </div>
      <ResultMessage
        result={result}
        success={result?.ok ? (result.data.status === "accepted" ? t("acceptedDone") : t("refusedDone")) : ""}
        testId="decision-result"
      />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { withdrawChangeReportAction } from "@/lib/actions/change-reports/withdraw-change-report";
import { ResultMessage } from "../recognitions/form-parts";
import { useActionForm } from "@/components/recognitions/use-action-form";

/** The firm withdraws a report still awaiting a decision. */
export function WithdrawChangeReportButton({ changeReportId, version }: { changeReportId: string; version: number }) {
  const t = useTranslations("changeReports.company");
  const { result, submit, pending } = useActionForm(withdrawChangeReportAction, "changeReports");
  return (
    <form onSubmit={submit} className="inline">
      <input type="hidden" name="changeReportId" value={changeReportId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending || result?.ok} className="text-sm text-accent-600 underline">
        {t("withdraw")}
      </button>
      <ResultMessage result={result} success={t("withdrawDone")} />
    </form>
  );
}

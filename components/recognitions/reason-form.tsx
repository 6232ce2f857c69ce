"use client";

import { useTranslations } from "next-intl";
import { clearFlagAction } from "@/lib/actions/recognitions/clear-flag";
import { withdrawRecognitionAction } from "@/lib/actions/recognitions/withdraw-recognition";
import { buttonClass, dangerButtonClass, ResultMessage, TextAreaField } from "./form-parts";
import { useActionForm } from "./use-action-form";

const ACTIONS = { clearFlag: clearFlagAction, withdraw: withdrawRecognitionAction } as const;

/** An action on a title that needs only a reason: clearing a flag (officials), withdrawing (the firm). */
export function ReasonForm({ recognitionId, version, kind }: { recognitionId: string; version: number; kind: keyof typeof ACTIONS }) {
  const t = useTranslations(`recognitions.${kind}`);
  const { result, submit, pending, issue } = useActionForm(ACTIONS[kind]);
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby={`${kind}-title`}>
      <h3 id={`${kind}-title`} className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("help")}</p>
      <input type="hidden" name="recognitionId" value={recognitionId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <TextAreaField id={`${kind}-reasonText`} label={t("reasonText")} error={issue("reasonText")} name="reasonText" rows={3} maxLength={2000} required />
      <button type="submit" disabled={pending} className={kind === "withdraw" ? dangerButtonClass : buttonClass}>
        {t("submit")}
      </button>
      <ResultMessage result={result} success={t("done")} testId={`${kind}-result`} />
    </form>
  );
}

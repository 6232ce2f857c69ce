"use client";

import { useLocale, useTranslations } from "next-intl";
import { cancelRecognitionAction } from "@/lib/actions/recognitions/cancel-recognition";
import { proposeCancellationAction } from "@/lib/actions/recognitions/propose-cancellation";
import { REVOCATION_REASON_INFO, REVOCATION_REASONS } from "@/lib/workflow/revocation-reasons";
import { buttonClass, dangerButtonClass, Field, inputClass, InputField, ResultMessage, TextAreaField } from "./form-parts";
import { pick } from "./labels";
import { useActionForm } from "./use-action-form";

/**
 * Cancel a title (the recognising authority) or, for a little giant, verify and propose its
 * cancellation to MIIT (the province): reason category, text and evidence.
 */
export function CancelRecognitionForm({
  recognitionId,
  version,
  mode,
  evidence,
  defaultCategory,
}: {
  recognitionId: string;
  version: number;
  mode: "cancel" | "propose";
  evidence: { id: string; fileName: string }[];
  defaultCategory?: string | null;
}) {
  const t = useTranslations("recognitions.cancel");
  const locale = useLocale();
  const { result, submit, pending, issue } = useActionForm(mode === "cancel" ? cancelRecognitionAction : proposeCancellationAction);
  const prefix = `${mode}-`;
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby={`${prefix}title`}>
      <h3 id={`${prefix}title`} className="font-semibold">
        {mode === "cancel" ? t("title") : t("proposeTitle")}
      </h3>
      <p className="text-sm text-slate-700">{mode === "cancel" ? t("help") : t("proposeHelp")}</p>
      <input type="hidden" name="recognitionId" value={recognitionId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Field id={`${prefix}reasonCategory`} label={t("reasonCategory")} error={issue("reasonCategory")}>
        {(describedBy, invalid) => (
          <select
            id={`${prefix}reasonCategory`}
            name="reasonCategory"
            defaultValue={defaultCategory ?? ""}
            className={inputClass}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            required
          >
            <option value="">{t("choose")}</option>
            {REVOCATION_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {pick(REVOCATION_REASON_INFO[reason].label, locale)}
                {REVOCATION_REASON_INFO[reason].forCause ? ` — ${t("forCause")}` : ""}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextAreaField id={`${prefix}reasonText`} label={t("reasonText")} error={issue("reasonText")} name="reasonText" rows={3} maxLength={2000} required />
      <fieldset className="space-y-1" aria-describedby={issue("evidenceDocumentIds") ? `${prefix}evidence-error` : undefined}>
        <legend className="text-sm font-medium">{t("evidenceDocuments")}</legend>
        {evidence.length === 0 && <p className="text-sm text-slate-600">{t("noDocuments")}</p>}
        {evidence.map((doc) => (
          <label key={doc.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="evidenceDocumentIds" value={doc.id} />
            {doc.fileName}
          </label>
        ))}
        {issue("evidenceDocumentIds") && (
          <p id={`${prefix}evidence-error`} className="text-sm text-accent-600">
            {issue("evidenceDocumentIds")}
          </p>
        )}
      </fieldset>
      <InputField
        id={`${prefix}evidenceReference`}
        label={t("evidenceReference")}
        hint={t("evidenceReferenceHint")}
        error={issue("evidenceReference")}
        name="evidenceReference"
        maxLength={500}
      />
      <button type="submit" disabled={pending} className={mode === "cancel" ? dangerButtonClass : buttonClass}>
        {mode === "cancel" ? t("submit") : t("proposeSubmit")}
      </button>
      <ResultMessage result={result} success={mode === "cancel" ? t("done") : t("proposed")} testId={`${prefix}result`} />
    </form>
  );
}

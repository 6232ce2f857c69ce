"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { zodFieldErrors } from "@/lib/actions/zod-field-errors";
import type { ApplicationSection } from "@/lib/application/sections";
import { BULK_DECISION_ACTIONS, bulkDecisionInputSchema, REASON_MAX_LENGTH, REQUIRED, type BulkDecisionAction } from "@/lib/review/decision-input";
import type { BulkDecisionResult } from "@/lib/services/review/bulk-decide-applications";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";
import { pick } from "./bilingual";
import { describedBy, FieldError } from "./field-error";
import { schemaIssue } from "./form-result";
import { SectionCheckboxes } from "./section-checkboxes";

export type BulkDecideAction = (input: unknown) => Promise<ActionResult<BulkDecisionResult[]>>;

export interface SelectedFile {
  applicationId: string;
  expectedVersion: number;
  name: string;
}

interface Request {
  files: SelectedFile[];
  choice: BulkDecisionAction;
  reason: string;
  sections: ApplicationSection[];
}

interface Outcome {
  result: ActionResult<BulkDecisionResult[]>;
  /** Names of the files sent, kept because the rows leave the page once decided. */
  names: Record<string, string>;
}

/**
 * Approve or return the files selected in the queue, each with the version the official saw.
 * The result lists every file: done (and its new status) or why it was not changed.
 */
export function BulkDecisionForm({ selected, action, onDone }: { selected: SelectedFile[]; action: BulkDecideAction; onDone: () => void }) {
  const t = useTranslations("review.bulk");
  const td = useTranslations("review.decision");
  const locale = useLocale();
  const [choice, setChoice] = useState<BulkDecisionAction>("approve");
  const [reason, setReason] = useState("");
  const [sections, setSections] = useState<ApplicationSection[]>([]);
  const [outcome, submit, pending] = useActionState<Outcome | null, Request>(async (_previous, request) => {
    const names = Object.fromEntries(request.files.map((f) => [f.applicationId, f.name]));
    const input = {
      action: request.choice,
      reason: request.reason,
      sections: request.choice === "return" ? request.sections : [],
      items: request.files.map(({ applicationId, expectedVersion }) => ({ applicationId, expectedVersion })),
    };
    const parsed = bulkDecisionInputSchema.safeParse(input);
    if (!parsed.success) return { names, result: { ok: false, status: 400, message: td("invalid"), fieldErrors: zodFieldErrors(parsed.error) } };
    const result = await action(input);
    if (result.ok) {
      setReason("");
      setSections([]);
      onDone();
    }
    return { names, result };
  }, null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(() => submit({ files: selected, choice, reason, sections }));
  }

  const result = outcome?.result ?? null;
  const reasonIssue = schemaIssue(result, "reason");
  const errors = {
    items: schemaIssue(result, "items") ? t("noneSelected") : undefined,
    reason: reasonIssue ? (reasonIssue === REQUIRED ? td("reasonRequired") : td("reasonTooLong")) : undefined,
    sections: schemaIssue(result, "sections") ? td("sectionsRequired") : undefined,
  };
  const results = result?.ok ? result.data : [];
  const succeeded = results.filter((r) => r.ok).length;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded border border-slate-200 p-4" aria-labelledby="bulk-title" data-testid="bulk-form">
      <h2 id="bulk-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p aria-live="polite" className="text-sm text-slate-700" data-testid="bulk-selected">
        {t("selected", { count: selected.length })}
      </p>
      <FieldError id="bulk-items-error" message={errors.items} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 font-medium">{t("action")}</legend>
        {BULK_DECISION_ACTIONS.map((decision) => (
          <label key={decision} className="flex items-center gap-2">
            <input type="radio" name="bulk-action" value={decision} checked={choice === decision} onChange={() => setChoice(decision)} className="h-4 w-4" />
            {t(decision)}
          </label>
        ))}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="bulk-reason" className="block font-medium">
          {t("reason")}
        </label>
        <p id="bulk-reason-hint" className="text-sm text-slate-600">
          {t("reasonHint")}
        </p>
        <textarea
          id="bulk-reason"
          rows={3}
          maxLength={REASON_MAX_LENGTH}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy("bulk-reason-hint", errors.reason && "bulk-reason-error")}
          className="w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-accent-600"
        />
        <FieldError id="bulk-reason-error" message={errors.reason} />
      </div>
      {choice === "return" && (
        <SectionCheckboxes
          idPrefix="bulk"
          legend={t("sections")}
          hint={td("sectionsHint")}
          error={errors.sections}
          selected={sections}
          onChange={setSections}
        />
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
      <div aria-live="polite" aria-atomic="true" data-testid="bulk-results">
        {result && !result.ok && (
          <p role="alert" className="rounded border border-accent-600 bg-red-50 p-2 text-accent-600">
            {result.message}
          </p>
        )}
        {result?.ok && (
          <div role="status" className="space-y-2 rounded border border-slate-300 p-3">
            <h3 className="font-semibold">{t("resultsTitle")}</h3>
            <p>{t("summary", { ok: succeeded, failed: results.length - succeeded })}</p>
            <ul className="space-y-1">
              {results.map((item) => (
                <li key={item.applicationId} data-ok={item.ok} data-testid="bulk-result">
                  <span className="font-medium">{outcome?.names[item.applicationId] ?? item.applicationId}</span>
                  {": "}
                  {item.ok ? (
                    <span className="text-green-800">{t("succeeded", { status: pick(APPLICATION_STATUS_LABELS[item.to], locale) })}</span>
                  ) : (
                    <span className="text-accent-600">{t("failed", { message: pick(item.message, locale) })}</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { describedBy, FieldError } from "./field-error";
import { FormResult, schemaIssue, serviceIssue } from "./form-result";

export type AssignExpertsAction = (input: FormData) => Promise<ActionResult<{ assigned: number; total: number }>>;

const MAX_EXPERTS = 15;

/** MIIT draws N experts at random for a little giant's blind review. */
export function AssignExpertsForm({ applicationId, action }: { applicationId: string; action: AssignExpertsAction }) {
  const t = useTranslations("review.experts");
  const [result, submit, pending] = useActionState<ActionResult<{ assigned: number; total: number }> | null, FormData>(async (_previous, form) => {
    const count = Number(form.get("count"));
    if (!Number.isInteger(count) || count < 1 || count > MAX_EXPERTS)
      return { ok: false, status: 400, message: t("countInvalid"), fieldErrors: { count: ["invalid"] } };
    return action(form);
  }, null);
  // A count the pool cannot fill comes back from the service, in words, on the same field.
  const error = schemaIssue(result, "count") ? t("countInvalid") : serviceIssue(result, "count");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid="assign-experts-form">
      <input type="hidden" name="applicationId" value={applicationId} />
      <label htmlFor="expert-count" className="block font-medium">
        {t("count")}
      </label>
      <input
        id="expert-count"
        name="count"
        type="number"
        min={1}
        max={MAX_EXPERTS}
        defaultValue={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && "expert-count-error")}
        className="w-24 rounded border border-slate-400 px-2 py-1.5"
      />
      <FieldError id="expert-count-error" message={error} />
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
      <FormResult
        id="experts-result"
        result={error ? null : result}
        success={result?.ok ? t("assignedResult", result.data) : undefined}
        testId="experts-result"
      />
    </form>
  );
}

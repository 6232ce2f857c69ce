"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { describedBy, FieldError } from "./field-error";
import { FormResult, serviceIssue } from "./form-result";

export type AssignReviewerAction = (input: FormData) => Promise<ActionResult<{ assigneeId: string | null }>>;

/** Assign the file to an official of the same level and jurisdiction, or to nobody. */
export function AssignReviewerForm({
  applicationId,
  assigneeId,
  reviewers,
  action,
}: {
  applicationId: string;
  assigneeId: string | null;
  reviewers: { id: string; name: string }[];
  action: AssignReviewerAction;
}) {
  const t = useTranslations("review.assign");
  const [result, submit, pending] = useActionState<ActionResult<{ assigneeId: string | null }> | null, FormData>((_previous, form) => action(form), null);
  const error = serviceIssue(result, "assigneeId");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-2" data-testid="assign-form">
      <input type="hidden" name="applicationId" value={applicationId} />
      <label htmlFor="assignee" className="block font-medium">
        {t("label")}
      </label>
      <select
        id="assignee"
        name="assigneeId"
        defaultValue={assigneeId ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && "assignee-error")}
        className="w-full rounded border border-slate-400 px-2 py-1.5"
      >
        <option value="">{t("nobody")}</option>
        {reviewers.map((reviewer) => (
          <option key={reviewer.id} value={reviewer.id}>
            {reviewer.name}
          </option>
        ))}
      </select>
      <FieldError id="assignee-error" message={error} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-600 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
      <FormResult id="assign-result" result={error ? null : result} success={t("done")} />
    </form>
  );
}

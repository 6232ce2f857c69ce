"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { describedBy, FieldError } from "./field-error";
import { FormResult, schemaIssue } from "./form-result";

export type SubmitExpertReviewAction = (input: FormData) => Promise<ActionResult<{ submittedAt: Date }>>;

const OPINION_MAX_LENGTH = 5000;

function check(form: FormData): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const score = String(form.get("score") ?? "").trim();
  if (!/^\d{1,3}$/.test(score) || Number(score) > 100) errors.score = ["invalid"];
  const opinion = String(form.get("opinion") ?? "").trim();
  if (opinion === "") errors.opinion = ["required"];
  else if (opinion.length > OPINION_MAX_LENGTH) errors.opinion = ["too-long"];
  return errors;
}

/** An assigned expert's score (0–100) and opinion, submitted once. */
export function ExpertReviewForm({ applicationId, action }: { applicationId: string; action: SubmitExpertReviewAction }) {
  const t = useTranslations("review.expert");
  const [result, submit, pending] = useActionState<ActionResult<{ submittedAt: Date }> | null, FormData>(async (_previous, form) => {
    const errors = check(form);
    if (Object.keys(errors).length > 0) return { ok: false, status: 400, message: t("invalid"), fieldErrors: errors };
    return action(form);
  }, null);
  const scoreError = schemaIssue(result, "score") ? t("scoreInvalid") : undefined;
  const opinionIssue = schemaIssue(result, "opinion");
  const opinionError = opinionIssue ? (opinionIssue === "too-long" ? t("opinionTooLong") : t("opinionRequired")) : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="expert-review-form">
      <input type="hidden" name="applicationId" value={applicationId} />
      <div className="space-y-1">
        <label htmlFor="expert-score" className="block font-medium">
          {t("score")}
        </label>
        <input
          id="expert-score"
          name="score"
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          aria-invalid={scoreError ? true : undefined}
          aria-describedby={describedBy(scoreError && "expert-score-error")}
          className="w-28 rounded border border-slate-400 px-2 py-1.5 aria-[invalid=true]:border-accent-600"
        />
        <FieldError id="expert-score-error" message={scoreError} />
      </div>
      <div className="space-y-1">
        <label htmlFor="expert-opinion" className="block font-medium">
          {t("opinion")}
        </label>
        <textarea
          id="expert-opinion"
          name="opinion"
          rows={6}
          maxLength={OPINION_MAX_LENGTH}
          aria-invalid={opinionError ? true : undefined}
          aria-describedby={describedBy(opinionError && "expert-opinion-error")}
          className="w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-accent-600"
        />
        <FieldError id="expert-opinion-error" message={opinionError} />
      </div>
      {!result?.ok && (
        <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? t("submitting") : t("submit")}
        </button>
      )}
      <FormResult id="expert-review-result" result={result} success={t("done")} testId="expert-review-result" />
    </form>
  );
}

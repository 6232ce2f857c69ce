"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { describedBy, FieldError } from "./field-error";
import { FormResult, schemaIssue } from "./form-result";

export type AddNoteAction = (input: FormData) => Promise<ActionResult<{ id: string }>>;

const NOTE_MAX_LENGTH = 4000;

/** A note for the other officials on this file. */
export function NoteForm({ applicationId, action }: { applicationId: string; action: AddNoteAction }) {
  const t = useTranslations("review.notes");
  const [body, setBody] = useState("");
  const [result, submit, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(async (_previous, form) => {
    if (String(form.get("body") ?? "").trim() === "") return { ok: false, status: 400, message: t("required"), fieldErrors: { body: ["required"] } };
    const outcome = await action(form);
    if (outcome.ok) setBody("");
    return outcome;
  }, null);
  const bodyIssue = schemaIssue(result, "body");
  const error = bodyIssue ? (body.trim() === "" ? t("required") : t("tooLong")) : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" data-testid="note-form">
      <input type="hidden" name="applicationId" value={applicationId} />
      <label htmlFor="note-body" className="block font-medium">
        {t("label")}
      </label>
      <textarea
        id="note-body"
        name="body"
        rows={3}
        maxLength={NOTE_MAX_LENGTH}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && "note-body-error")}
        className="w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-accent-600"
      />
      <FieldError id="note-body-error" message={error} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-600 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
      <FormResult id="note-result" result={result && !result.ok && error ? null : result} success={t("done")} />
    </form>
  );
}

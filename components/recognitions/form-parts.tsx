import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

export const inputClass = "w-full rounded border border-slate-400 px-2 py-1.5 aria-[invalid=true]:border-accent-600";
export const buttonClass = "rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";
export const dangerButtonClass = "rounded bg-accent-600 px-4 py-2 font-medium text-white hover:opacity-90 disabled:opacity-60";

/** A labelled field with its error tied by aria-describedby. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {children(ids, Boolean(error))}
      {error && (
        <p id={`${id}-error`} className="text-sm text-accent-600">
          {error}
        </p>
      )}
    </div>
  );
}

interface FieldLabels {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled text input (any `type`), its hint and error tied to it. */
export function InputField({ id, label, error, hint, className, ...input }: FieldLabels & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => (
        <input id={id} className={className ?? inputClass} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />
      )}
    </Field>
  );
}

/** A labelled multi-line text field, its hint and error tied to it. */
export function TextAreaField({ id, label, error, hint, ...textarea }: FieldLabels & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(describedBy, invalid) => <textarea id={id} className={inputClass} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...textarea} />}
    </Field>
  );
}

/** The outcome of the last submission, announced to screen readers. */
export function ResultMessage({ result, success, testId }: { result: ActionResult<unknown> | null; success: string; testId?: string }) {
  return (
    <div aria-live="polite" aria-atomic="true" data-testid={testId}>
      {result?.ok && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
          {success}
        </p>
      )}
      {result && !result.ok && (
        <p role="alert" className="rounded border border-accent-600 bg-red-50 p-2 text-accent-600">
          {result.message}
        </p>
      )}
    </div>
  );
}

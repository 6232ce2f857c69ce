"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

export interface FieldSpec {
  name: string;
  label: string;
  type: "text" | "textarea" | "date" | "number" | "select" | "hidden";
  options?: { value: string; label: string }[];
  defaultValue?: string;
  required?: boolean;
  hint?: string;
}

interface Props {
  action: (form: FormData) => Promise<ActionResult<unknown>>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  /** Shown after success; `{key}` is replaced with the result's `key`. */
  successMessage: string;
  tone?: "primary" | "danger";
  testId?: string;
  /** Keeps the form (and its last outcome) on screen while there is nothing left to submit. */
  disabled?: boolean;
  children?: ReactNode;
}

function fill(template: string, data: unknown): string {
  if (!data || typeof data !== "object") return template;
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const value = (data as Record<string, unknown>)[key];
    return value === undefined ? match : String(value);
  });
}

/**
 * A form that calls one server action and shows its outcome: the message in a live region,
 * each field's errors beside it (aria-describedby, aria-invalid), then refreshes the page data.
 */
export function ActionForm({ action, fields, submitLabel, pendingLabel, successMessage, tone = "primary", testId, disabled = false, children }: Props) {
  const router = useRouter();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const result = await action(new FormData(event.currentTarget));
    setPending(false);
    if (result.ok) {
      setFieldErrors({});
      setMessage({ ok: true, text: fill(successMessage, result.data) });
      formRef.current?.reset();
      router.refresh();
    } else {
      const field = typeof result.details?.field === "string" ? result.details.field : null;
      setFieldErrors(field ? { ...result.fieldErrors, [field]: [result.message] } : (result.fieldErrors ?? {}));
      setMessage({ ok: false, text: result.message });
    }
  }

  const button = tone === "danger" ? "bg-accent-600 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800";
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3" data-testid={testId}>
      {fields.map((field) => {
        const id = `${formId}-${field.name}`;
        const errors = fieldErrors[field.name];
        const describedBy = [errors ? `${id}-error` : null, field.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
        if (field.type === "hidden") return <input key={field.name} type="hidden" name={field.name} value={field.defaultValue ?? ""} />;
        const common = {
          id,
          name: field.name,
          defaultValue: field.defaultValue,
          required: field.required,
          "aria-invalid": errors ? true : undefined,
          "aria-describedby": describedBy,
          className: "w-full rounded border border-slate-400 px-3 py-2",
        };
        return (
          <div key={field.name} className="space-y-1">
            <label htmlFor={id} className="block font-medium">
              {field.label}
            </label>
            {field.type === "textarea" ? (
              <textarea rows={3} {...common} />
            ) : field.type === "select" ? (
              <select {...common}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type={field.type} {...common} />
            )}
            {field.hint && (
              <p id={`${id}-hint`} className="text-sm text-slate-600">
                {field.hint}
              </p>
            )}
            {errors && (
              <p id={`${id}-error`} className="text-sm text-accent-600">
                {errors.join(" ")}
              </p>
            )}
          </div>
        );
      })}
      {children}
      <button type="submit" disabled={pending || disabled} className={`rounded px-4 py-2 font-medium text-white disabled:opacity-60 ${button}`}>
        {pending ? pendingLabel : submitLabel}
      </button>
      <div aria-live="polite" role="status">
        {message && <p className={message.ok ? "text-green-800" : "text-accent-600"}>{message.text}</p>}
      </div>
    </form>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

interface Props {
  action: (form: FormData) => Promise<ActionResult<{ recoveryCodes: string[] }>>;
  submitLabel: string;
  testId: string;
  /** Where "continue" goes once the codes are saved. */
  next: string;
}

/**
 * Sends a code from the authenticator app and, on success, shows the recovery codes it returns
 * — once, here, never stored in the clear — until the person says they have saved them.
 */
export function TwoFactorCodeForm({ action, submitLabel, testId, next }: Props) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await action(new FormData(event.currentTarget));
    setPending(false);
    if (result.ok) setCodes(result.data.recoveryCodes);
    else setError(result.fieldErrors?.code?.join(" ") ?? result.message);
  }

  if (codes) {
    return (
      <section aria-labelledby={`${id}-codes`} className="space-y-3 rounded border border-amber-600 bg-amber-50 p-4" data-testid="recovery-codes">
        <h2 id={`${id}-codes`} className="text-lg font-semibold">
          {t("recoveryTitle")}
        </h2>
        <p role="status">{t("recoveryIntro")}</p>
        <ol className="grid grid-cols-2 gap-2 font-mono text-lg">
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <button
          type="button"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          onClick={() => {
            router.push(next);
            router.refresh();
          }}
        >
          {t("recoveryDone")}
        </button>
      </section>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid={testId}>
      <div className="space-y-1">
        <label htmlFor={`${id}-code`} className="block font-medium">
          {t("code")}
        </label>
        <input
          id={`${id}-code`}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          className="w-40 rounded border border-slate-400 px-3 py-2 font-mono"
        />
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {t("codeHint")}
        </p>
        {error && (
          <p id={`${id}-error`} className="text-sm text-accent-600" role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? t("confirming") : submitLabel}
      </button>
    </form>
  );
}

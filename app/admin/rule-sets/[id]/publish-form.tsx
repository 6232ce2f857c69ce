"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { publishRuleSetAction } from "@/lib/actions/rule-sets/publish-rule-set";
import { fieldErrorsOf } from "./field-errors";

/** Publishing from an effective date (today at the earliest, Beijing time). */
export function PublishForm({ id, today }: { id: string; today: string }) {
  const t = useTranslations("ruleSets.publish");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [date, setDate] = useState(today);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = fieldErrorsOf(result, locale);
  const other = Object.entries(errors).filter(([path]) => path !== "effectiveFrom");
  return (
    <form
      className="space-y-3 rounded border border-brand-600 p-4"
      aria-labelledby="publish-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const answer = await publishRuleSetAction({ id, effectiveFrom: date });
          setResult(answer);
          if (answer.ok) router.refresh();
        });
      }}
    >
      <h2 id="publish-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <div className="max-w-xs space-y-1">
        <label htmlFor="effective-from" className="block text-sm font-medium">
          {t("effectiveFrom")}
        </label>
        <input
          id="effective-from"
          type="date"
          min={today}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          aria-invalid={errors.effectiveFrom ? true : undefined}
          aria-describedby={errors.effectiveFrom ? "effective-from-error" : undefined}
          className="w-full rounded border border-slate-300 px-2 py-1"
        />
        {errors.effectiveFrom && (
          <p id="effective-from-error" className="text-xs text-red-700">
            {errors.effectiveFrom}
          </p>
        )}
      </div>
      <div aria-live="polite" aria-atomic="true" data-testid="publish-result">
        {result?.ok && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
            {t("done")}
          </p>
        )}
        {result && !result.ok && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
            <p>{result.message}</p>
            {other.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {other.map(([path, message]) => (
                  <li key={path}>
                    <code>{path}</code>: {message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-green-700 px-3 py-1.5 font-medium text-white hover:bg-green-800 disabled:opacity-60">
        {pending ? t("working") : t("button")}
      </button>
    </form>
  );
}

"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { saveRuleSetDraftAction } from "@/lib/actions/rule-sets/save-rule-set-draft";
import { pickText } from "@/components/eligibility/pick-text";
import { fieldErrorsOf } from "./field-errors";
import type { ValueGroup } from "./group-values";
import { valueLabel } from "./value-label";

const fieldId = (path: string) => `v-${path.replaceAll(".", "-")}`;

/**
 * The numbers of a draft as a form. Saving sends every value; the server validates the whole
 * rule set and either saves it or answers every problem by path, shown beside its field.
 */
export function DraftEditor({ id, version, groups }: { id: string; version: string; groups: ValueGroup[] }) {
  const t = useTranslations("ruleSets");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [label, setLabel] = useState(version);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(groups.flatMap((g) => g.values.map((v) => [v.path, String(v.value)]))));
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = fieldErrorsOf(result, locale);
  const known = new Set(Object.keys(values));
  const unplaced = Object.entries(errors).filter(([path]) => !known.has(path) && path !== "version");

  const save = () =>
    start(async () => {
      const answer = await saveRuleSetDraftAction({ id, version: label, values });
      setResult(answer);
      if (answer.ok) router.refresh();
    });

  return (
    <form
      className="space-y-4"
      aria-labelledby="editor-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2 id="editor-heading" className="text-xl font-semibold">
        {t("editor.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("editor.lead")}</p>
      <div className="max-w-sm space-y-1">
        <label htmlFor="rule-set-version" className="block text-sm font-medium">
          {t("editor.version")}
        </label>
        <input
          id="rule-set-version"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          maxLength={40}
          aria-invalid={errors.version ? true : undefined}
          aria-describedby={errors.version ? "rule-set-version-error" : undefined}
          className="w-full rounded border border-slate-300 px-2 py-1"
        />
        {errors.version && (
          <p id="rule-set-version-error" className="text-xs text-red-700">
            {errors.version}
          </p>
        )}
      </div>
      {groups.map((group, index) => (
        <fieldset key={`${group.section}-${index}`} className="rounded border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">
            <span className="text-xs text-slate-600">{t(`sections.${group.section}`)} · </span>
            {group.values[0]?.kind === "passMark" ? t("kinds.passMark") : pickText(group.context, locale)}
          </legend>
          <div className="grid gap-3 sm:grid-cols-3">
            {group.values.map((v) => {
              const error = errors[v.path];
              return (
                <div key={v.path} className="space-y-1">
                  <label htmlFor={fieldId(v.path)} className="block text-xs font-medium">
                    {valueLabel(t, v)}
                  </label>
                  <input
                    id={fieldId(v.path)}
                    name={v.path}
                    inputMode="decimal"
                    value={values[v.path] ?? ""}
                    onChange={(e) => setValues((current) => ({ ...current, [v.path]: e.target.value }))}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${fieldId(v.path)}-error` : undefined}
                    className={`w-full rounded border px-2 py-1 text-sm tabular-nums ${error ? "border-red-600" : "border-slate-300"}`}
                    data-path={v.path}
                  />
                  {error && (
                    <p id={`${fieldId(v.path)}-error`} className="text-xs text-red-700">
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <div aria-live="polite" aria-atomic="true" data-testid="editor-result">
        {result?.ok && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
            {t("editor.saved")}
          </p>
        )}
        {result && !result.ok && (
          <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
            <p>{result.message}</p>
            {unplaced.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {unplaced.map(([path, message]) => (
                  <li key={path}>
                    <code>{path}</code>: {message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("editor.saving") : t("editor.save")}
      </button>
    </form>
  );
}

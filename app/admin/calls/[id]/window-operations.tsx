"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { closeCallAction } from "@/lib/actions/calls/close-call";
import { extendCallAction } from "@/lib/actions/calls/extend-call";
import { openCallEarlyAction } from "@/lib/actions/calls/open-call-early";
import type { CallState } from "@/lib/domain/calls/call-state";
import { callFieldIssues } from "../field-issues";

/** What the call's state allows to do with its window: open early, extend, close. */
export function WindowOperations({ id, state, closesOn, allowed }: { id: string; state: CallState; closesOn: string; allowed: readonly string[] }) {
  const t = useTranslations("calls.operations");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ kind: "openedEarly" | "closed" | "extended"; answer: ActionResult<unknown> } | null>(null);
  const [until, setUntil] = useState(closesOn);
  const errors = callFieldIssues(result?.answer ?? null, locale);
  const run = (kind: "openedEarly" | "closed" | "extended", call: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      const answer = await call();
      setResult({ kind, answer });
      if (answer.ok) router.refresh();
    });
  const button = "rounded border border-brand-600 px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60";
  return (
    <section aria-labelledby="window-heading" className="space-y-3 rounded border border-slate-300 p-4" data-testid="window-operations" data-state={state}>
      <h2 id="window-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {allowed.length === 1 && <p className="text-slate-700">{t("none")}</p>}
      <div className="flex flex-wrap items-end gap-3">
        {allowed.includes("open-early") && (
          <button type="button" className={button} disabled={pending} onClick={() => run("openedEarly", () => openCallEarlyAction({ id }))}>
            {t("openEarly")}
          </button>
        )}
        {allowed.includes("extend") && (
          <div className="flex items-end gap-2">
            <div className="space-y-1">
              <label htmlFor="extend-until" className="block text-sm font-medium">
                {t("extend")}
              </label>
              <input
                id="extend-until"
                type="date"
                value={until}
                onChange={(e) => setUntil(e.target.value)}
                aria-invalid={errors.closesOn ? true : undefined}
                aria-describedby={errors.closesOn ? "extend-error" : undefined}
                className="rounded border border-slate-300 px-2 py-1"
              />
            </div>
            <button type="button" className={button} disabled={pending} onClick={() => run("extended", () => extendCallAction({ id, closesOn: until }))}>
              {t("extendButton")}
            </button>
          </div>
        )}
        {allowed.includes("close") && (
          <button
            type="button"
            className={button}
            disabled={pending}
            onClick={() => {
              if (window.confirm(t("confirmClose"))) run("closed", () => closeCallAction({ id }));
            }}
          >
            {t("close")}
          </button>
        )}
      </div>
      <div aria-live="polite" aria-atomic="true" data-testid="window-result">
        {result?.answer.ok && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
            {t(result.kind)}
          </p>
        )}
        {result && !result.answer.ok && (
          <p role="alert" id="extend-error" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
            {errors.closesOn ?? errors.opensOn ?? result.answer.message}
          </p>
        )}
      </div>
    </section>
  );
}

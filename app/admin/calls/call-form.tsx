"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { createCallAction } from "@/lib/actions/calls/create-call";
import { editCallAction } from "@/lib/actions/calls/edit-call";
import type { CallFields } from "@/lib/domain/calls/call-input";
import type { Tier } from "@/lib/domain/tier";
import { callFieldIssues } from "./field-issues";

interface RuleSetOption {
  id: string;
  code: string;
  revision: number;
  tier: Tier;
  title: { zh: string; en: string };
}

type Values = Omit<CallFields, "regionCode" | "ruleSetId"> & { ruleSetId: string };

interface Props {
  mode: "create" | "edit";
  id?: string;
  regionLabel: string;
  regionCode: string | null;
  tiers: readonly Tier[];
  ruleSets: RuleSetOption[];
  noticeMinimum: number;
  initial: Values;
  /** Fields the call's state allows to change (edit); every field when creating. */
  editable: "all" | readonly string[];
}

/** The create and edit form of a call: every field labelled, its problem beside it and announced. */
export function CallForm({ mode, id, regionLabel, regionCode, tiers, ruleSets, noticeMinimum, initial, editable }: Props) {
  const t = useTranslations("calls");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [tier, setTier] = useState<Tier>(initial.tier);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const errors = callFieldIssues(result, locale);
  const off = (field: string) => editable !== "all" && !editable.includes(field);
  const input = "w-full rounded border border-slate-300 px-2 py-1 disabled:bg-slate-100";

  const row = (
    field: keyof Values | "regionCode",
    label: string,
    control: (props: { id: string; name: string; disabled: boolean; "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => React.ReactNode,
  ) => {
    const fid = `call-${field}`;
    const error = errors[field];
    return (
      <div className="space-y-1">
        <label htmlFor={fid} className="block text-sm font-medium">
          {label}
        </label>
        {control({
          id: fid,
          name: field,
          disabled: off(field),
          className: input,
          ...(error ? { "aria-invalid": true as const, "aria-describedby": `${fid}-error` } : {}),
        })}
        {error && (
          <p id={`${fid}-error`} className="text-xs text-red-700" data-testid={`error-${field}`}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      noValidate
      className="space-y-4 rounded border border-slate-300 p-4"
      aria-labelledby="call-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        start(async () => {
          const answer = mode === "create" ? await createCallAction(form) : await editCallAction(form);
          setResult(answer);
          if (answer.ok && mode === "create") router.push(`/admin/calls/${(answer.data as { id: string }).id}?created=1`);
          else if (answer.ok) router.refresh();
        });
      }}
    >
      <h2 id="call-form-heading" className="text-xl font-semibold">
        {mode === "create" ? t("form.createHeading") : t("form.editHeading")}
      </h2>
      {mode === "edit" && editable !== "all" && <p className="text-sm text-slate-700">{t("form.locked")}</p>}
      {id && <input type="hidden" name="id" value={id} />}
      {mode === "create" && <input type="hidden" name="regionCode" value={regionCode ?? ""} />}
      <div className="grid gap-4 sm:grid-cols-3">
        {row("tier", t("form.tier"), (p) => (
          <select {...p} value={tier} onChange={(e) => setTier(e.target.value as Tier)}>
            {tiers.map((x) => (
              <option key={x} value={x}>
                {t(`tiers.${x}`)}
              </option>
            ))}
          </select>
        ))}
        {row("year", t("form.year"), (p) => (
          <input {...p} type="number" min={2000} max={2100} defaultValue={initial.year} />
        ))}
        <div className="space-y-1">
          <p className="block text-sm font-medium">{t("form.region")}</p>
          <p className="py-1" data-testid="call-region">
            {regionLabel}
          </p>
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {row("nameZh", t("form.nameZh"), (p) => (
          <input {...p} type="text" defaultValue={initial.nameZh} />
        ))}
        {row("nameEn", t("form.nameEn"), (p) => (
          <input {...p} type="text" lang="en" defaultValue={initial.nameEn} />
        ))}
        {row("opensOn", t("form.opensOn"), (p) => (
          <input {...p} type="date" defaultValue={initial.opensOn} />
        ))}
        {row("closesOn", t("form.closesOn"), (p) => (
          <input {...p} type="date" defaultValue={initial.closesOn} />
        ))}
      </div>
      {row("ruleSetId", t("form.ruleSet"), (p) => (
        <select {...p} defaultValue={initial.ruleSetId} key={tier}>
          <option value="">{t("form.choose")}</option>
          {ruleSets
            .filter((r) => r.tier === tier)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {locale === "en" ? r.title.en : r.title.zh} ({r.code} · r{r.revision})
              </option>
            ))}
        </select>
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        {row("noticeWorkingDays", t("form.noticeWorkingDays", { minimum: noticeMinimum }), (p) => (
          <input {...p} type="number" min={noticeMinimum} max={60} defaultValue={initial.noticeWorkingDays} />
        ))}
        {row("validityYears", t("form.validityYears"), (p) => (
          <input {...p} type="number" min={1} max={10} defaultValue={initial.validityYears} />
        ))}
        {row("annualDataDeadline", t("form.annualDataDeadline"), (p) => (
          <input {...p} type="text" inputMode="numeric" placeholder="04-30" defaultValue={initial.annualDataDeadline} />
        ))}
        {row("cooloffYears", t("form.cooloffYears"), (p) => (
          <input {...p} type="number" min={0} max={10} defaultValue={initial.cooloffYears} />
        ))}
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("form.reviewDays")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {(
            ["municipalReviewDays", "provincialReviewDays", "ministryReviewDays", ...(tier === "little-giant" ? (["expertReviewDays"] as const) : [])] as const
          ).map((field) => (
            <div key={field}>
              {row(field, t(`form.${field}`), (p) => (
                <input {...p} type="number" min={1} max={365} defaultValue={initial[field] ?? ""} />
              ))}
            </div>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite" aria-atomic="true" data-testid="call-form-result">
        {result?.ok && mode === "edit" && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-2 text-green-900">
            {(result.data as { changed: string[] }).changed.length ? t("form.saved") : t("form.unchanged")}
          </p>
        )}
        {result && !result.ok && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
            {result.message}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? t("form.working") : mode === "create" ? t("form.create") : t("form.save")}
      </button>
    </form>
  );
}

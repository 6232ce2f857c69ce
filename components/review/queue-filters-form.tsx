"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import {
  ELIGIBILITY_OUTCOMES,
  PAGE_SIZE_CHOICES,
  QUEUE_PATH,
  QUEUE_SORTS,
  QUEUE_STATUSES,
  parseQueueFilters,
  queueHref,
  type QueueFilters,
} from "@/lib/review/queue-filters";
import type { QueueStatus } from "@/lib/review/queue-filters";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";
import { pick } from "./bilingual";
import { describedBy, FieldError } from "./field-error";

export interface QueueFilterChoices {
  programmes: { id: string; nameZh: string; nameEn: string; year: number }[];
  years: number[];
  /** Empty for a municipal official, who sees one city anyway. */
  cities: { code: string; nameZh: string; nameEn: string }[];
}

type ErrorField = "scoreMin" | "scoreMax" | "q";

const inputClass = "w-full rounded border border-slate-400 px-2 py-1.5 aria-[invalid=true]:border-accent-600";

/** A score field's text is valid when empty or a number from 0 to 100. */
const validScore = (text: string) => text.trim() === "" || (/^\d+(\.\d+)?$/.test(text.trim()) && Number(text) >= 0 && Number(text) <= 100);

/**
 * The queue's filters. Submitting writes them into the URL (through the same `queueHref` the
 * server reads with `parseQueueFilters`), so the result is a link anyone can share.
 */
export function QueueFiltersForm({ filters, choices, awaitingStatus }: { filters: QueueFilters; choices: QueueFilterChoices; awaitingStatus: QueueStatus }) {
  const t = useTranslations("review");
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<Partial<Record<ErrorField, string>>>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "");
    const found: Partial<Record<ErrorField, string>> = {};
    if (!validScore(text("scoreMin"))) found.scoreMin = t("filters.scoreInvalid");
    if (!validScore(text("scoreMax"))) found.scoreMax = t("filters.scoreInvalid");
    if (text("q").trim().length > 100) found.q = t("filters.qTooLong");
    setErrors(found);
    const first = (Object.keys(found) as ErrorField[])[0];
    if (first) {
      form.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const params: Record<string, string> = {};
    for (const [name, value] of data.entries()) if (typeof value === "string") params[name] = value;
    router.push(queueHref(parseQueueFilters(params, awaitingStatus)));
  }

  const hasErrors = Object.keys(errors).length > 0;
  const select = (name: string, label: string, value: string | undefined, options: { value: string; label: string }[], any = true) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        {any && <option value="">{t("filters.any")}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  const score = (name: "scoreMin" | "scoreMax", value: number | undefined) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {t(`filters.${name}`)}
      </label>
      <input
        id={`filter-${name}`}
        name={name}
        inputMode="decimal"
        defaultValue={value ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy("filter-score-hint", errors[name] && `filter-${name}-error`)}
        className={inputClass}
      />
      <FieldError id={`filter-${name}-error`} message={errors[name]} />
    </div>
  );

  return (
    <form
      role="search"
      aria-labelledby="filters-title"
      noValidate
      onSubmit={onSubmit}
      className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4"
      data-testid="queue-filters"
    >
      <h2 id="filters-title" className="text-lg font-semibold">
        {t("filters.title")}
      </h2>
      <div aria-live="assertive">
        {hasErrors && (
          <p role="alert" className="text-accent-600">
            {t("filters.invalid")}
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-medium">
            {t("filters.q")}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            aria-invalid={errors.q ? true : undefined}
            aria-describedby={describedBy(errors.q && "filter-q-error")}
            className={inputClass}
          />
          <FieldError id="filter-q-error" message={errors.q} />
        </div>
        {select(
          "programme",
          t("filters.programme"),
          filters.programmeId,
          choices.programmes.map((p) => ({ value: p.id, label: locale === "en" ? p.nameEn : p.nameZh })),
        )}
        {select(
          "year",
          t("filters.year"),
          filters.year?.toString(),
          choices.years.map((y) => ({ value: String(y), label: String(y) })),
        )}
        {select(
          "status",
          t("filters.status"),
          filters.status,
          [{ value: "all", label: t("queue.allStatuses") }, ...QUEUE_STATUSES.map((s) => ({ value: s, label: pick(APPLICATION_STATUS_LABELS[s], locale) }))],
          false,
        )}
        {choices.cities.length > 0 &&
          select(
            "city",
            t("filters.city"),
            filters.city,
            choices.cities.map((c) => ({ value: c.code, label: locale === "en" ? c.nameEn : c.nameZh })),
          )}
        {select(
          "outcome",
          t("filters.outcome"),
          filters.outcome,
          ELIGIBILITY_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) })),
        )}
        {/* The two score bounds and their shared hint stay together in one cell of the grid. */}
        <div className="grid grid-cols-2 gap-3 sm:col-span-2">
          {score("scoreMin", filters.scoreMin)}
          {score("scoreMax", filters.scoreMax)}
          <p id="filter-score-hint" className="col-span-2 text-sm text-slate-600">
            {t("filters.scoreHint")}
          </p>
        </div>
        {select("due", t("filters.due"), filters.due, [
          { value: "overdue", label: t("filters.dueOverdue") },
          { value: "soon", label: t("filters.dueSoon") },
        ])}
        {select(
          "sort",
          t("filters.sort"),
          filters.sort,
          QUEUE_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) })),
          false,
        )}
        {select(
          "dir",
          t("filters.dir"),
          filters.dir,
          [
            { value: "asc", label: t("filters.asc") },
            { value: "desc", label: t("filters.desc") },
          ],
          false,
        )}
        {select(
          "size",
          t("filters.size"),
          String(filters.size),
          PAGE_SIZE_CHOICES.map((n) => ({ value: String(n), label: String(n) })),
          false,
        )}
        <div className="flex items-center gap-2 self-end pb-2">
          <input id="filter-assigned" name="assigned" type="checkbox" value="me" defaultChecked={filters.assigned === "me"} className="h-4 w-4" />
          <label htmlFor="filter-assigned" className="text-sm font-medium">
            {t("filters.assignedToMe")}
          </label>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("filters.apply")}
        </button>
        <a href={`${QUEUE_PATH}?status=${awaitingStatus}`} className="text-brand-600 underline">
          {t("filters.clear")}
        </a>
      </div>
    </form>
  );
}

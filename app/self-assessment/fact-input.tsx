"use client";

import { useTranslations } from "next-intl";
import type { FactField } from "@/lib/rules";
import { pickText } from "@/components/eligibility/pick-text";

export function inputId(path: string): string {
  return `fact-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

const UNIT_KEYS = { yuan: "yuan", percent: "percent" } as const;

interface Props {
  field: Pick<FactField, "unit" | "options" | "help">;
  path: string;
  label: string;
  value: string;
  error: string | undefined;
  onChange: (path: string, value: string) => void;
  /** In a per-year grid the column header names the year; the label is then for screen readers only. */
  hideLabel?: boolean;
  locale: string;
}

/**
 * One fact of the catalogue as a form control. Yes/no questions are selects with an explicit
 * "not answered", because "no" and "not reported" judge differently.
 */
export function FactInput({ field, path, label, value, error, onChange, hideLabel, locale }: Props) {
  const t = useTranslations("eligibility.selfAssessment");
  const id = inputId(path);
  const describedBy = [error ? `${id}-error` : null, field.help && !hideLabel ? `${id}-help` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: path,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: `w-full rounded border px-2 py-1 text-sm ${error ? "border-red-600" : "border-slate-300"}`,
  } as const;
  let control;
  if (field.unit === "boolean" || field.unit === "enum") {
    const options =
      field.unit === "boolean"
        ? [
            { value: "true", text: t("yes") },
            { value: "false", text: t("no") },
          ]
        : (field.options ?? []).map((o) => ({ value: String(o.value), text: pickText(o.label, locale) }));
    control = (
      <select {...common} value={value} onChange={(e) => onChange(path, e.target.value)}>
        <option value="">{t("notAnswered")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    );
  } else if (field.unit === "date") {
    control = <input {...common} type="date" value={value} onChange={(e) => onChange(path, e.target.value)} />;
  } else {
    const unit = UNIT_KEYS[field.unit as keyof typeof UNIT_KEYS];
    control = (
      <span className="flex items-center gap-1">
        <input {...common} type="text" inputMode="decimal" autoComplete="off" value={value} onChange={(e) => onChange(path, e.target.value)} />
        {unit && <span className="shrink-0 text-xs text-slate-600">{t(`units.${unit}`)}</span>}
      </span>
    );
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block text-sm font-medium"}>
        {label}
      </label>
      {control}
      {field.help && !hideLabel && (
        <p id={`${id}-help`} className="text-xs text-slate-600">
          {pickText(field.help, locale)}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

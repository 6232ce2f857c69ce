"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FactField } from "@/lib/rules";

/** A DOM id for a fact path ("financials.2025.revenue" → "fact-financials-2025-revenue"). */
export const fieldId = (path: string) => `fact-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;

interface FieldControlProps {
  field: FactField;
  path: string;
  value: string;
  error?: string;
  disabled: boolean;
  /** Visually hidden label (in tables the column and row headers carry it). */
  label?: string;
  hideLabel?: boolean;
  onChange: (path: string, raw: string) => void;
}

const UNIT_SUFFIX: Partial<Record<FactField["unit"], string>> = { yuan: "units.yuan", percent: "units.percent", count: "units.count" };

// A count is of people (staff) or of intellectual property items; "个/人" left the reader to guess.
function unitSuffix(field: FactField, path: string): string | undefined {
  if (field.unit !== "count") return UNIT_SUFFIX[field.unit];
  if (/\.(employees|rdStaff)$/.test(path)) return "units.people";
  if (path.startsWith("ip.")) return "units.ipItems";
  return "units.count";
}

/** One input generated from the field catalogue: a yes/no or option select, a date, or a number. */
export function FieldControl({ field, path, value, error, disabled, label, hideLabel, onChange }: FieldControlProps) {
  const t = useTranslations("company.form");
  const locale = useLocale();
  const id = fieldId(path);
  const text = label ?? (locale === "en" ? field.label.en : field.label.zh);
  const help = field.help ? (locale === "en" ? field.help.en : field.help.zh) : null;
  const describedBy = [help && !hideLabel ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: path,
    disabled,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: "w-full rounded border border-slate-400 px-2 py-1.5 disabled:bg-slate-100 aria-[invalid=true]:border-accent-600",
  } as const;

  let control;
  if (field.unit === "boolean" || field.unit === "enum") {
    const options =
      field.unit === "boolean"
        ? [
            { value: "true", label: t("yes") },
            { value: "false", label: t("no") },
          ]
        : (field.options ?? []).map((o) => ({ value: String(o.value), label: locale === "en" ? o.label.en : o.label.zh }));
    control = (
      <select {...common} value={value} onChange={(e) => onChange(path, e.target.value)}>
        <option value="">{t("notAnswered")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (field.unit === "date") {
    control = <input {...common} type="date" value={value} onChange={(e) => onChange(path, e.target.value)} />;
  } else {
    const suffix = unitSuffix(field, path);
    control = (
      <div className="flex items-center gap-2">
        <input
          {...common}
          type="text"
          inputMode={field.unit === "yuan" || field.unit === "percent" ? "decimal" : "numeric"}
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(path, e.target.value)}
        />
        {suffix && (
          <span className="text-sm text-slate-600" aria-hidden="true">
            {t(suffix)}
          </span>
        )}
      </div>
    );
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className={hideLabel ? "sr-only" : "block font-medium"}>
        {text}
        {field.unit === "yuan" && <span className="sr-only"> ({t("units.yuan")})</span>}
      </label>
      {help && !hideLabel && (
        <p id={`${id}-help`} className="text-sm text-slate-600">
          {help}
        </p>
      )}
      {control}
      {error && (
        <p id={`${id}-error`} className="text-sm text-accent-600" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

import type { ReactNode } from "react";

/**
 * The filter bar above every list: a GET form, so a filtered list is a link one can share and
 * the back button keeps. Stacked on a phone, one row on wider screens. Each field is labelled
 * (htmlFor/id), so screen readers and `getByLabel` find it by its visible name.
 */
export function FilterForm({ label, submitLabel, action, children }: { label: string; submitLabel: string; action?: string; children: ReactNode }) {
  return (
    <form method="get" action={action} aria-label={label} className="grid gap-3 sm:flex sm:flex-wrap sm:items-end">
      {children}
      <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
        {submitLabel}
      </button>
    </form>
  );
}

const FIELD = "w-full rounded border border-slate-400 px-2 py-1 sm:w-auto";

function Labelled({ name, label, children }: { name: string; label: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A free-text filter (`type="search"`). */
export function FilterSearch({ name, label, defaultValue, maxLength = 100 }: { name: string; label: string; defaultValue?: string; maxLength?: number }) {
  return (
    <Labelled name={name} label={label}>
      <input id={`f-${name}`} name={name} type="search" defaultValue={defaultValue ?? ""} maxLength={maxLength} className={FIELD} />
    </Labelled>
  );
}

/** A whole-number filter, such as a year. */
export function FilterNumber({ name, label, defaultValue, min, max }: { name: string; label: string; defaultValue?: number; min: number; max: number }) {
  return (
    <Labelled name={name} label={label}>
      <input id={`f-${name}`} name={name} type="number" min={min} max={max} defaultValue={defaultValue ?? ""} className={`${FIELD} sm:w-24`} />
    </Labelled>
  );
}

export interface FilterOption {
  value: string;
  label: string;
}

/** A choice among fixed values, headed by "all" (`allValue`, empty unless the list's schema names it). */
export function FilterSelect({
  name,
  label,
  defaultValue,
  allLabel,
  allValue = "",
  options,
}: {
  name: string;
  label: string;
  defaultValue?: string;
  allLabel: string;
  allValue?: string;
  options: readonly FilterOption[];
}) {
  return (
    <Labelled name={name} label={label}>
      <select id={`f-${name}`} name={name} defaultValue={defaultValue ?? allValue} className={FIELD}>
        <option value={allValue}>{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

"use client";

import { useLocale } from "next-intl";
import { APPLICATION_SECTIONS, SECTION_LABELS, type ApplicationSection } from "@/lib/application/sections";
import { pick } from "./bilingual";
import { describedBy, FieldError } from "./field-error";

/** The sections an official sends back for correction, as a group of checkboxes with one error. */
export function SectionCheckboxes({
  idPrefix,
  legend,
  hint,
  error,
  selected,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  hint: string;
  error: string | undefined;
  selected: readonly ApplicationSection[];
  onChange: (sections: ApplicationSection[]) => void;
}) {
  const locale = useLocale();
  const toggle = (section: ApplicationSection, on: boolean) =>
    onChange(on ? APPLICATION_SECTIONS.filter((s) => s === section || selected.includes(s)) : selected.filter((s) => s !== section));
  return (
    <fieldset
      className="space-y-1"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(`${idPrefix}-sections-hint`, error && `${idPrefix}-sections-error`)}
    >
      <legend className="font-medium">{legend}</legend>
      <p id={`${idPrefix}-sections-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <div className="grid gap-1 sm:grid-cols-2">
        {APPLICATION_SECTIONS.map((section) => (
          <label key={section} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="sections"
              value={section}
              checked={selected.includes(section)}
              onChange={(event) => toggle(section, event.target.checked)}
              className="h-4 w-4"
            />
            {pick(SECTION_LABELS[section], locale)}
          </label>
        ))}
      </div>
      <FieldError id={`${idPrefix}-sections-error`} message={error} />
    </fieldset>
  );
}

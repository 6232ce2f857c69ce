"use client";

import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { LiveEligibilityPanel } from "@/components/eligibility/live-eligibility-panel";
import { pickText } from "@/components/eligibility/pick-text";
import { issuesOf } from "@/lib/api/invalid-fields";
import { FACT_FIELDS, FORM_SECTIONS, factFieldFor, type FactField, factsSchema, type EvaluationContext, type RuleSet } from "@/lib/rules";
import { AwardRows } from "./award-rows";
import { buildFacts, type AwardRow } from "./build-facts";
import { FactInput } from "./fact-input";

// Award items and provincial indicators are not plain fields: they get their own controls.
const PLAIN = FACT_FIELDS.filter((f) => f.repeat !== "list" && f.repeat !== "per-indicator");

function financialYears(applicationYear: number): string[] {
  return [1, 2, 3].map((n) => String(applicationYear - n));
}

/**
 * The public self-assessment: every fact of the catalogue, grouped by form section, with the
 * evaluation beside it recomputed in the browser as figures are typed (nothing is sent or stored).
 */
export function SelfAssessmentForm({ programmeCode, ruleSet, context }: { programmeCode: string; ruleSet: RuleSet; context: EvaluationContext }) {
  const t = useTranslations("eligibility.selfAssessment");
  const locale = useLocale();
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [awards, setAwards] = useState<AwardRow[] | null>(null);
  const years = financialYears(context.applicationYear);
  const indicators = ruleSet.regionalIndicators;

  const unitOf = (path: string): FactField["unit"] => {
    const key = /^regional\.(.+)$/.exec(path)?.[1];
    if (key) return indicators.find((i) => i.key === key)?.kind === "boolean" ? "boolean" : "count";
    return factFieldFor(path)?.unit ?? "count";
  };
  const facts = buildFacts(raw, unitOf, awards);
  const factsKey = JSON.stringify(facts);
  // Field-level messages from the same schema the API applies.
  const errors = useMemo(() => {
    const parsed = factsSchema.safeParse(JSON.parse(factsKey));
    if (parsed.success) return {};
    return Object.fromEntries(issuesOf(parsed.error).map((i) => [i.path, locale === "en" ? i.message : i.messageZh]));
  }, [factsKey, locale]);

  const set = (path: string, value: string) => setRaw((current) => ({ ...current, [path]: value }));
  const input = (field: Pick<FactField, "unit" | "options" | "help">, path: string, label: string, hideLabel = false) => (
    <FactInput
      key={path}
      field={field}
      path={path}
      label={label}
      value={raw[path] ?? ""}
      error={errors[path]}
      onChange={set}
      hideLabel={hideLabel}
      locale={locale}
    />
  );

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <form className="space-y-6" aria-label={t("formLabel")} onSubmit={(e) => e.preventDefault()} noValidate>
        <p className="text-sm text-slate-700">{t("formLead")}</p>
        {FORM_SECTIONS.map((section) => {
          const fields = PLAIN.filter((f) => f.section === section);
          const single = fields.filter((f) => !f.repeat);
          const perYear = fields.filter((f) => f.repeat === "per-year");
          const hasAwards = section === "certifications-awards";
          const hasIndicators = section === "declarations" && indicators.length > 0;
          if (single.length === 0 && perYear.length === 0 && !hasAwards && !hasIndicators) return null;
          return (
            <section key={section} aria-labelledby={`section-${section}`} className="space-y-3">
              <h2 id={`section-${section}`} className="border-b border-slate-200 pb-1 text-lg font-semibold">
                {t(`sections.${section}`)}
              </h2>
              {perYear.length > 0 && (
                <table className="w-full border-collapse text-sm">
                  <caption className="sr-only">{t("perYearCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="py-1 pr-2 text-left font-medium">
                        {t("figure")}
                      </th>
                      {years.map((year) => (
                        <th key={year} scope="col" className="py-1 pr-2 text-left font-medium">
                          {t("yearColumn", { year })}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {perYear.map((field) => (
                      <tr key={field.path} className="align-top">
                        <th scope="row" className="py-1 pr-2 text-left font-normal">
                          {pickText(field.label, locale)}
                        </th>
                        {years.map((year) => (
                          <td key={year} className="py-1 pr-2">
                            {input(field, field.path.replace("{year}", year), t("fieldForYear", { field: pickText(field.label, locale), year }), true)}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <div className="grid gap-3 sm:grid-cols-2">{single.map((field) => input(field, field.path, pickText(field.label, locale)))}</div>
              {hasAwards && <AwardRows awards={awards} onChange={setAwards} errors={errors} locale={locale} />}
              {hasIndicators && (
                <div className="grid gap-3 sm:grid-cols-2">
                  {indicators.map((indicator) =>
                    input({ unit: indicator.kind === "boolean" ? "boolean" : "count" }, `regional.${indicator.key}`, pickText(indicator.label, locale)),
                  )}
                </div>
              )}
            </section>
          );
        })}
        <button
          type="button"
          className="rounded border border-slate-300 px-3 py-1 text-sm"
          onClick={() => {
            setRaw({});
            setAwards(null);
          }}
        >
          {t("reset")}
        </button>
      </form>
      <aside aria-label={t("resultLabel")} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <LiveEligibilityPanel programmeCode={programmeCode} facts={facts} ruleSet={ruleSet} context={context} debounceMs={150} headingLevel={2} />
      </aside>
    </div>
  );
}

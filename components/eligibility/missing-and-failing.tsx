import { useTranslations } from "next-intl";
import type { CriterionResult, EvaluationResult } from "@/lib/rules";
import { factLabel } from "./fact-label";
import { pickText } from "./pick-text";
import { Heading, type HeadingLevel } from "./heading";

/** Mandatory criteria that certainly fail, top level only (a failing group names its failing parts). */
export function failingCriteria(result: EvaluationResult): CriterionResult[] {
  return [...result.prerequisites, ...result.requirements].filter((c) => c.passed === false);
}

/** What stands between the firm and a decision: the figures it has not given and the rules it fails. */
export function MissingAndFailing({ result, locale, idPrefix, level }: { result: EvaluationResult; locale: string; idPrefix: string; level: HeadingLevel }) {
  const t = useTranslations("eligibility.panel");
  const failing = failingCriteria(result);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <section
        aria-labelledby={`${idPrefix}-failing`}
        className={`rounded border p-3 ${failing.length > 0 ? "border-red-300 bg-red-50" : "border-slate-200"}`}
        data-testid="failing-criteria"
      >
        <Heading level={level} id={`${idPrefix}-failing`} className="font-semibold">
          {t("failingHeading")}
        </Heading>
        {failing.length === 0 ? (
          <p className="text-sm text-slate-700">{t("failingNone")}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {failing.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{pickText(c.title, locale)}</span>
                {c.clause && <span className="text-slate-600"> ({c.clause})</span>}: {pickText(c.explanation, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {result.missing.length > 0 && (
        <section aria-labelledby={`${idPrefix}-missing`} className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="missing-facts">
          <Heading level={level} id={`${idPrefix}-missing`} className="font-semibold">
            {t("missingHeading")}
          </Heading>
          <p className="text-sm">{t("missingLead")}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
            {result.missing.map((path) => (
              <li key={path} data-path={path}>
                {factLabel(path, locale)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

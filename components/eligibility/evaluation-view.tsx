import { useId } from "react";
import { useTranslations } from "next-intl";
import type { EvaluationResult, Route } from "@/lib/rules";
import { CriteriaTable } from "./criteria-table";
import type { HeadingLevel } from "./heading";
import { MissingAndFailing } from "./missing-and-failing";
import { OutcomeBadge } from "./outcome-badge";
import { pickText } from "./pick-text";
import { ScoreSummary } from "./score-summary";

function RouteText({ route, result, locale }: { route: Route; result: EvaluationResult; locale: string }) {
  const t = useTranslations("eligibility.panel");
  if (route === null) return <>{t("routeNone")}</>;
  if (route === "score") return <>{t("routeScore")}</>;
  if (route === "requirements") return <>{t("routeRequirements")}</>;
  const id = route.slice("direct:".length);
  const criterion = result.directRoutes.find((c) => c.id === id);
  return <>{t("routeDirect", { title: criterion ? pickText(criterion.title, locale) : id })}</>;
}

/**
 * One evaluation in full. `live` puts the outcome in a polite live region so a screen reader
 * hears the verdict change while figures are typed (only one view on a page should be live).
 */
export function EvaluationView({ result, locale, level, live }: { result: EvaluationResult; locale: string; level: HeadingLevel; live: boolean }) {
  const t = useTranslations("eligibility.panel");
  const id = useId();
  return (
    <div className="space-y-4" data-testid="evaluation-view" data-outcome={result.outcome} data-rule-set={`${result.ruleSet.code}@${result.ruleSet.version}`}>
      <div
        role={live ? "status" : undefined}
        aria-live={live ? "polite" : undefined}
        aria-atomic={live ? true : undefined}
        className="space-y-1"
        data-testid="evaluation-outcome"
      >
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{t("outcomeLabel")}:</span>
          <OutcomeBadge outcome={result.outcome} />
          <span className="text-sm text-slate-700">
            {t("route")}: <RouteText route={result.route} result={result} locale={locale} />
          </span>
        </p>
        <p className="text-sm" data-testid="evaluation-summary">
          {pickText(result.summary, locale)}
        </p>
      </div>
      <p className="text-xs text-slate-600">
        {t("ruleSet", { code: result.ruleSet.code, version: result.ruleSet.version })} · {t("asOf", { date: result.asOf, year: result.applicationYear })}
      </p>
      <MissingAndFailing result={result} locale={locale} idPrefix={`${id}-mf`} level={level} />
      {result.score && <ScoreSummary score={result.score} locale={locale} headingId={`${id}-score`} level={level} />}
      <div className="space-y-4">
        {result.prerequisites.length > 0 && <CriteriaTable caption={t("sections.prerequisite")} criteria={result.prerequisites} locale={locale} />}
        {result.requirements.length > 0 && <CriteriaTable caption={t("sections.requirement")} criteria={result.requirements} locale={locale} />}
        {result.score?.blocks.map((block) => (
          <CriteriaTable key={block.id} caption={t("sections.score", { block: pickText(block.title, locale) })} criteria={block.criteria} locale={locale} />
        ))}
        {result.directRoutes.length > 0 && <CriteriaTable caption={t("sections.direct-route")} criteria={result.directRoutes} locale={locale} />}
      </div>
    </div>
  );
}

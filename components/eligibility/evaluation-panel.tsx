import { useId } from "react";
import { useTranslations } from "next-intl";
import type { EvaluationResult } from "@/lib/rules";
import { EvaluationView } from "./evaluation-view";
import { Heading, below, type HeadingLevel } from "./heading";

export interface EvaluationPanelProps {
  result: EvaluationResult;
  /** "zh-CN" or "en": the language of the engine's explanations. */
  locale: string;
  /** A stored evaluation (e.g. frozen at submission) to show next to `result`. */
  compareWith?: EvaluationResult | null;
  /** Column titles in comparison mode; default "Now" / "Stored". */
  labels?: { current?: string; compare?: string };
  /** Panel title; default "Eligibility evaluation". */
  heading?: string;
  /** Level of the panel's heading (default 2); sections use the levels below it. */
  headingLevel?: HeadingLevel;
  /** Announce outcome changes in an aria-live region (default true). */
  live?: boolean;
}

/** Same verdict and score: officials mostly need to know whether anything moved. */
function sameVerdict(a: EvaluationResult, b: EvaluationResult): boolean {
  return (
    a.outcome === b.outcome &&
    a.route === b.route &&
    (a.score?.total ?? null) === (b.score?.total ?? null) &&
    (a.score?.totalPossible ?? null) === (b.score?.totalPossible ?? null)
  );
}

/**
 * The evaluation of a firm's facts against a rule set: outcome, route, score with its blocks, every
 * criterion with value, threshold or band, points and explanation, and what is missing or failing.
 * Presentational only — it never evaluates — so it renders the same on the server (review pages),
 * in the browser (live self-assessment) and in tests.
 */
export function EvaluationPanel({ result, locale, compareWith, labels, heading, headingLevel = 2, live = true }: EvaluationPanelProps) {
  const t = useTranslations("eligibility.panel");
  const id = useId();
  const sub = below(headingLevel);
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-4" data-testid="evaluation-panel">
      <Heading level={headingLevel} id={`${id}-title`} className="text-lg font-semibold">
        {heading ?? t("heading")}
      </Heading>
      {compareWith ? (
        <>
          <p
            className={sameVerdict(result, compareWith) ? "text-sm text-slate-700" : "text-sm font-medium text-orange-900"}
            data-testid="evaluation-compare"
            data-changed={!sameVerdict(result, compareWith)}
          >
            {sameVerdict(result, compareWith) ? t("compareSame") : t("compareDiffers")}
          </p>
          <div className="grid gap-6 xl:grid-cols-2">
            <section aria-labelledby={`${id}-stored`} className="min-w-0 space-y-2 rounded border border-slate-200 p-3" data-testid="evaluation-stored">
              <Heading level={sub} id={`${id}-stored`} className="font-semibold">
                {labels?.compare ?? t("compareDefaultStored")}
              </Heading>
              <EvaluationView result={compareWith} locale={locale} level={below(sub)} live={false} />
            </section>
            <section aria-labelledby={`${id}-current`} className="min-w-0 space-y-2 rounded border border-slate-200 p-3" data-testid="evaluation-current">
              <Heading level={sub} id={`${id}-current`} className="font-semibold">
                {labels?.current ?? t("compareDefaultCurrent")}
              </Heading>
              <EvaluationView result={result} locale={locale} level={below(sub)} live={live} />
            </section>
          </div>
        </>
      ) : (
        <EvaluationView result={result} locale={locale} level={sub} live={live} />
      )}
    </section>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { EvaluationPanel } from "@/components/eligibility/evaluation-panel";
import type { EvaluationResult } from "@/lib/rules";

/** A stored evaluation is JSON from the database: only something shaped like a result is shown. */
export function asEvaluation(value: unknown): EvaluationResult | null {
  if (value === null || typeof value !== "object") return null;
  const candidate = value as Partial<EvaluationResult>;
  return typeof candidate.outcome === "string" &&
    candidate.summary !== undefined &&
    Array.isArray(candidate.requirements) &&
    Array.isArray(candidate.prerequisites)
    ? (candidate as EvaluationResult)
    : null;
}

/**
 * The evaluation frozen at submission next to one made today (the shared eligibility panel in
 * comparison mode). Without a fresh one (an expert judges the file as submitted, or no rule set
 * can be loaded today) the stored evaluation is shown alone.
 */
export async function EvaluationComparison({
  stored,
  fresh = null,
  freshError = null,
  headingLevel = 2,
}: {
  stored: unknown;
  fresh?: EvaluationResult | null;
  freshError?: string | null;
  headingLevel?: 2 | 3;
}) {
  const [t, detail, locale] = await Promise.all([getTranslations("review.evaluation"), getTranslations("review.detail"), getLocale()]);
  const then = asEvaluation(stored);
  const heading = detail("evaluationTitle");
  return (
    <div className="space-y-3" data-testid="evaluation">
      {freshError && <p className="text-sm text-slate-600">{t("freshUnavailable", { message: freshError })}</p>}
      {fresh ? (
        <EvaluationPanel
          result={fresh}
          compareWith={then}
          locale={locale}
          heading={heading}
          headingLevel={headingLevel}
          live={false}
          labels={{ current: t("fresh"), compare: t("stored") }}
        />
      ) : then ? (
        <EvaluationPanel result={then} locale={locale} heading={heading} headingLevel={headingLevel} live={false} />
      ) : (
        <p className="text-slate-600">{t("none")}</p>
      )}
    </div>
  );
}

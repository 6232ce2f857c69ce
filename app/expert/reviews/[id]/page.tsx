import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/review/bilingual";
import { EvaluationComparison } from "@/components/review/evaluation-comparison";
import { ExpertReviewForm } from "@/components/review/expert-review-form";
import { FactsBySection } from "@/components/review/facts-by-section";
import { loadOr404 } from "@/components/review/page-guard";
import { submitExpertReviewAction } from "@/lib/actions/review/submit-expert-review";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { getApplicationForExpert } from "@/lib/services/review/application-for-expert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.expert");
  return { title: t("reviewTitle") };
}

/**
 * A file as an assigned expert reads it: the facts and the evaluation, and the expert's own
 * review; never the other experts or their scores (the service does not load them).
 */
export default async function ExpertReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("expert-review:submit");
  const { id } = await params;
  const application = await loadOr404(getApplicationForExpert(actor, id));
  const [t, detail, locale] = await Promise.all([getTranslations("review.expert"), getTranslations("review.detail"), getLocale()]);
  const { review } = application;
  return (
    <div className="space-y-8">
      <Link href="/expert" className="text-brand-600 underline">
        ← {t("back")}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-800" data-testid="expert-review-title">
          {t("reviewTitle")}
          {locale === "en" ? ": " : "："}
          {application.company.nameZh}
        </h1>
        <p className="text-slate-700">
          {locale === "en" ? application.programme.nameEn : application.programme.nameZh} · {application.year}
        </p>
        <p className="text-sm text-slate-600">{t("blindNote")}</p>
      </div>
      <section aria-labelledby="your-review" className="space-y-3 rounded border border-brand-100 bg-brand-50 p-4">
        <h2 id="your-review" className="text-xl font-semibold">
          {t("yourReview")}
        </h2>
        {review.submittedAt ? (
          <div className="space-y-1" data-testid="expert-review-submitted">
            <p>{t("submittedOn", { date: formatDate(review.submittedAt, locale, true), score: review.score ?? "—" })}</p>
            <p className="whitespace-pre-wrap">{review.opinion}</p>
          </div>
        ) : application.canSubmit ? (
          <ExpertReviewForm applicationId={application.id} action={submitExpertReviewAction} />
        ) : (
          <p className="text-slate-600">{t("closed")}</p>
        )}
      </section>
      <section aria-labelledby="facts-title" className="space-y-3">
        <h2 id="facts-title" className="text-xl font-semibold">
          {detail("factsTitle")}
        </h2>
        <FactsBySection facts={application.facts} />
      </section>
      <EvaluationComparison stored={application.evaluation} />
    </div>
  );
}

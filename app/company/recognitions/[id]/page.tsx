import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AnnualExplanationView } from "@/components/recognitions/annual-explanation";
import { FlagExplanation } from "@/components/recognitions/flag-explanation";
import { HistoryTimeline } from "@/components/recognitions/history-timeline";
import { formatDay, formatInstant, pick, TIER_LABELS } from "@/components/recognitions/labels";
import { ReasonForm } from "@/components/recognitions/reason-form";
import { RecognitionStatusBadge } from "@/components/recognitions/recognition-status-badge";
import { StartRereviewForm } from "@/components/recognitions/start-rereview-form";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { DomainError } from "@/lib/errors/domain-error";
import { recognitionDetail } from "@/lib/services/recognitions/recognition-detail";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";

/** One of the firm's titles: validity, flag and why, annual data results, re-review, history. */
export default async function CompanyRecognitionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("recognition:withdraw");
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) notFound();
  const detail = await recognitionDetail(actor, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("recognitions.detail"), getLocale()]);
  const { recognition } = detail;
  return (
    <div className="space-y-6">
      <p>
        <Link className="underline" href="/company/recognitions">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">
        {pick(TIER_LABELS[recognition.tier], locale)} · {recognition.certificateNo}
      </h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("status")}</dt>
        <dd>
          <RecognitionStatusBadge status={recognition.status} locale={locale} />
        </dd>
        <dt className="font-medium">{t("validity")}</dt>
        <dd>
          {formatDay(recognition.validFrom, locale)} – {formatDay(recognition.validUntil, locale)}
        </dd>
        <dt className="font-medium">{t("annualStatus", { year: detail.annual.dataYear })}</dt>
        <dd>
          {!detail.annual.due ? (
            t("annualNotDue")
          ) : detail.annual.submitted ? (
            t("annualSubmitted")
          ) : detail.annual.overdue ? (
            t("annualOverdue", { deadline: formatDay(detail.annual.deadline, locale) })
          ) : (
            <Link className="underline" href={`/company/annual-reports?recognition=${recognition.id}`}>
              {t("annualDue", { deadline: formatDay(detail.annual.deadline, locale) })}
            </Link>
          )}
        </dd>
        {recognition.rereviewRightLost && (
          <>
            <dt className="font-medium">{t("rereview")}</dt>
            <dd className="text-accent-600">{t("rereviewLost")}</dd>
          </>
        )}
      </dl>
      {detail.flag && <FlagExplanation reason={detail.flag.reason} since={detail.flag.since} locale={locale} />}
      {(detail.may.startRereview || detail.rereview) && (
        <section aria-labelledby="rereview-title" className="space-y-2">
          <h2 id="rereview-title" className="text-lg font-semibold">
            {t("rereview")}
          </h2>
          {detail.rereview ? (
            <p>
              <Link className="underline" href={`/company/applications/${detail.rereview.id}`}>
                {t("rereviewFile")}
              </Link>
              {" · "}
              {pick(APPLICATION_STATUS_LABELS[detail.rereview.status], locale)}
            </p>
          ) : (
            <StartRereviewForm recognitionId={recognition.id} version={recognition.version} />
          )}
        </section>
      )}
      {!detail.may.startRereview && !detail.rereview && recognition.status === "active" && !recognition.rereviewRightLost && (
        <p className="text-sm text-slate-600">{t("rereviewOpens", { date: formatDay(detail.rereviewWindow.opens, locale) })}</p>
      )}
      <section aria-labelledby="reports-title" className="space-y-3">
        <h2 id="reports-title" className="text-lg font-semibold">
          {t("reports")}
        </h2>
        {detail.reports.length === 0 && <p className="text-slate-600">{t("noReports")}</p>}
        {detail.reports.map((report) => (
          <article key={report.id} className="rounded border border-slate-200 p-3">
            <h3 className="font-medium">
              {t("reportOf", { year: report.dataYear })} · {formatInstant(report.submittedAt, locale)} ·{" "}
              {report.flagged ? t("reportFlagged") : t("reportPassed")}
            </h3>
            {report.evaluation && <AnnualExplanationView explanation={report.evaluation} locale={locale} />}
          </article>
        ))}
      </section>
      <HistoryTimeline events={detail.history.filter((e) => e.kind !== "cancellation_proposed")} locale={locale} />
      {detail.may.withdraw && (
        <details className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium">{t("withdraw")}</summary>
          <ReasonForm recognitionId={recognition.id} version={recognition.version} kind="withdraw" />
        </details>
      )}
    </div>
  );
}

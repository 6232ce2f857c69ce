import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AnnualExplanationView } from "@/components/recognitions/annual-explanation";
import { CancelRecognitionForm } from "@/components/recognitions/cancel-recognition-form";
import { FlagExplanation } from "@/components/recognitions/flag-explanation";
import { HistoryTimeline } from "@/components/recognitions/history-timeline";
import { formatDay, formatInstant, pick, reasonLabel, TIER_LABELS } from "@/components/recognitions/labels";
import { ReasonForm } from "@/components/recognitions/reason-form";
import { RecognitionStatusBadge } from "@/components/recognitions/recognition-status-badge";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { DomainError } from "@/lib/errors/domain-error";
import { recognitionDetail } from "@/lib/services/recognitions/recognition-detail";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";

/** A title in the official's jurisdiction: flag and explanation, history, and the actions they may take. */
export default async function StaffRecognitionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("recognition:list");
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) notFound();
  const detail = await recognitionDetail(actor, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("recognitions.detail"), getLocale()]);
  const { recognition, company } = detail;
  return (
    <div className="space-y-6">
      <p>
        <Link className="underline" href="/staff/recognitions">
          {t("backStaff")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800" data-testid="recognition-title">
        {locale === "en" && company.nameEn ? company.nameEn : company.nameZh}
      </h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("creditCode")}</dt>
        <dd>{company.creditCode}</dd>
        <dt className="font-medium">{t("title")}</dt>
        <dd>
          {pick(TIER_LABELS[recognition.tier], locale)} · {recognition.certificateNo}
        </dd>
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="recognition-status">
          <RecognitionStatusBadge status={recognition.status} locale={locale} />
        </dd>
        <dt className="font-medium">{t("validity")}</dt>
        <dd>
          {formatDay(recognition.validFrom, locale)} – {formatDay(recognition.validUntil, locale)}
        </dd>
        <dt className="font-medium">{t("annualStatus", { year: detail.annual.dataYear })}</dt>
        <dd>
          {!detail.annual.due
            ? t("annualNotDue")
            : detail.annual.submitted
              ? t("annualSubmitted")
              : detail.annual.overdue
                ? t("annualOverdue", { deadline: formatDay(detail.annual.deadline, locale) })
                : t("annualPending", { deadline: formatDay(detail.annual.deadline, locale) })}
        </dd>
        {detail.rereview && (
          <>
            <dt className="font-medium">{t("rereview")}</dt>
            <dd>{pick(APPLICATION_STATUS_LABELS[detail.rereview.status], locale)}</dd>
          </>
        )}
        {recognition.rereviewRightLost && (
          <>
            <dt className="font-medium">{t("rereview")}</dt>
            <dd className="text-accent-600">{t("rereviewLost")}</dd>
          </>
        )}
      </dl>
      {detail.flag && <FlagExplanation reason={detail.flag.reason} since={detail.flag.since} locale={locale} />}
      {detail.standingProposal && (
        <section className="rounded border border-accent-600 p-3" aria-labelledby="proposal-title">
          <h2 id="proposal-title" className="font-semibold">
            {t("proposal", { date: formatDay(detail.standingProposal.occurredOn, locale) })}
          </h2>
          <p>{reasonLabel(detail.standingProposal.reasonCategory, locale)}</p>
          <p className="text-sm">{detail.standingProposal.reasonText}</p>
        </section>
      )}
      {(detail.may.clearFlag || detail.may.cancel || detail.may.propose) && (
        <section aria-labelledby="actions-title" className="space-y-4">
          <h2 id="actions-title" className="text-lg font-semibold">
            {t("actions")}
          </h2>
          <div className="grid gap-6 lg:grid-cols-2">
            {detail.may.clearFlag && (
              <div className="rounded border border-slate-200 p-3">
                <ReasonForm recognitionId={recognition.id} version={recognition.version} kind="clearFlag" />
              </div>
            )}
            {detail.may.cancel && (
              <div className="rounded border border-slate-200 p-3">
                <CancelRecognitionForm
                  recognitionId={recognition.id}
                  version={recognition.version}
                  mode="cancel"
                  evidence={detail.evidence}
                  defaultCategory={detail.standingProposal?.reasonCategory}
                />
              </div>
            )}
            {detail.may.propose && (
              <div className="rounded border border-slate-200 p-3">
                <CancelRecognitionForm recognitionId={recognition.id} version={recognition.version} mode="propose" evidence={detail.evidence} />
              </div>
            )}
          </div>
        </section>
      )}
      {!detail.may.clearFlag && !detail.may.cancel && !detail.may.propose && detail.flag && <p className="text-sm text-slate-600">{t("noActionHere")}</p>}
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
      <HistoryTimeline events={detail.history} locale={locale} />
    </div>
  );
}

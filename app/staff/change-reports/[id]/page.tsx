import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeSummary } from "@/components/change-reports/change-summary";
import { ChangeReportDecisionForm } from "@/components/change-reports/decision-form";
import { formatDay, formatInstant, pick } from "@/components/recognitions/labels";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CHANGE_KIND_LABELS, storedKindOf } from "@/lib/domain/change-reports/change-report-input";
import { DomainError } from "@/lib/errors/domain-error";
import { changeReportDetail } from "@/lib/services/change-reports/change-report-detail";
import { CHANGE_REPORT_STATUS_LABELS } from "@/lib/workflow/change-report-lifecycle";

export async function generateMetadata() {
  const t = await getTranslations("changeReports.staff");
  return { title: t("pageTitle") };
}

/** One change report with its evidence, and the decision on it. */
export default async function StaffChangeReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("change-report:decide");
  const { id } = await params;
  const detail = await changeReportDetail(actor, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  });
  const [t, locale] = await Promise.all([getTranslations("changeReports.staff"), getLocale()]);
  const { report, documents, regionNames, actions } = detail;
  return (
    <div className="space-y-6">
      <p>
        <Link className="underline" href="/staff/change-reports">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">
        {report.company.nameZh} · {pick(CHANGE_KIND_LABELS[storedKindOf(report.kind)], locale)}
      </h1>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="change-report-detail">
        <dt className="text-slate-600">{t("colStatus")}</dt>
        <dd data-testid="change-report-status">{pick(CHANGE_REPORT_STATUS_LABELS[report.status], locale)}</dd>
        <dt className="text-slate-600">{t("change")}</dt>
        <dd>
          <ChangeSummary payload={report.payload} regionNames={regionNames} locale={locale} />
        </dd>
        <dt className="text-slate-600">{t("colEffective")}</dt>
        <dd>{formatDay(report.effectiveOn, locale)}</dd>
        <dt className="text-slate-600">{t("colReported")}</dt>
        <dd>{formatDay(report.reportedOn, locale)}</dd>
        {report.details && (
          <>
            <dt className="text-slate-600">{t("note")}</dt>
            <dd className="whitespace-pre-wrap">{report.details}</dd>
          </>
        )}
        {report.decisionReason && (
          <>
            <dt className="text-slate-600">{t("reason")}</dt>
            <dd className="whitespace-pre-wrap">{report.decisionReason}</dd>
          </>
        )}
      </dl>
      {report.payload.kind === "other" && <p className="text-sm text-slate-700">{t("legacy")}</p>}
      <section aria-labelledby="evidence-title" className="space-y-2">
        <h2 id="evidence-title" className="text-lg font-semibold">
          {t("evidence")}
        </h2>
        {documents.length === 0 ? (
          <p className="text-slate-600">{t("noEvidence")}</p>
        ) : (
          <ul className="list-disc pl-6 text-sm">
            {documents.map((d) => (
              <li key={d.id}>
                <a href={`/api/documents/${d.id}`} className="text-brand-700 underline">
                  {d.fileName}
                </a>{" "}
                · {formatInstant(d.createdAt, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {actions.includes("accept") ? (
        <ChangeReportDecisionForm changeReportId={report.id} version={report.version} />
      ) : (
        <p className="text-slate-700">
          {t("noAction")} {report.decidedAt && t("decided", { date: formatInstant(report.decidedAt, locale) })}
        </p>
      )}
    </div>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { HistoryTimeline } from "@/components/recognitions/history-timeline";
import { formatDay, pick, TIER_LABELS } from "@/components/recognitions/labels";
import { RecognitionStatusBadge } from "@/components/recognitions/recognition-status-badge";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { companyHistory } from "@/lib/services/recognitions/company-history";
import { companyRecognitions } from "@/lib/services/recognitions/company-recognitions";

export async function generateMetadata() {
  const t = await getTranslations("recognitions.company");
  return { title: t("title") };
}

/** The firm's titles with validity, status and what is due this year, and its full history. */
export default async function CompanyRecognitionsPage() {
  const actor = await requirePagePermission("recognition:withdraw");
  const [t, locale, list] = await Promise.all([getTranslations("recognitions.company"), getLocale(), companyRecognitions(actor)]);
  // A proposal to cancel is the authorities' internal step until MIIT decides.
  const history = (await companyHistory(actor.companyId!, "full")).filter((e) => e.kind !== "cancellation_proposed");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <nav aria-label={t("links")} className="flex flex-wrap gap-4 text-sm">
        <Link className="underline" href="/company/annual-reports">
          {t("annualLink", { year: list.dataYear })}
        </Link>
        <Link className="underline" href="/company/changes">
          {t("changesLink")}
        </Link>
      </nav>
      {list.rows.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="company-recognitions">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-2">
                {t("certificate")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("tier")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("status")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("validity")}
              </th>
              <th scope="col" className="py-2">
                {t("annual", { year: list.dataYear })}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-2 text-left font-normal">
                  <Link className="underline" href={`/company/recognitions/${row.id}`}>
                    {row.certificateNo}
                  </Link>
                  {row.flaggedAt && <span className="ml-2 rounded bg-amber-100 px-1 text-amber-900">{t("flagged")}</span>}
                </th>
                <td className="py-2 pr-2">{pick(TIER_LABELS[row.tier], locale)}</td>
                <td className="py-2 pr-2">
                  <RecognitionStatusBadge status={row.status} locale={locale} />
                </td>
                <td className="py-2 pr-2">
                  {formatDay(row.validFrom, locale)} – {formatDay(row.validUntil, locale)}
                </td>
                <td className="py-2">
                  {!row.annual.due ? (
                    t("annualNotDue")
                  ) : row.annual.submitted ? (
                    row.annual.flagged ? (
                      t("annualFlagged")
                    ) : (
                      t("annualSubmitted")
                    )
                  ) : row.annual.overdue ? (
                    <span className="text-accent-600">{t("annualOverdue", { deadline: formatDay(row.annual.deadline, locale) })}</span>
                  ) : (
                    <Link className="underline" href={`/company/annual-reports?recognition=${row.id}`}>
                      {t("annualDue", { deadline: formatDay(row.annual.deadline, locale) })}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <HistoryTimeline events={history} locale={locale} />
    </div>
  );
}

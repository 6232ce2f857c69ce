import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentLang, text } from "@/components/batches/locale";
import { HistoryTimeline } from "@/components/recognitions/history-timeline";
import { eventLabel } from "@/components/recognitions/labels";
import { companyProfile } from "@/lib/services/register/company-profile";
import { PUBLIC_STATUS_LABELS, TIER_LABELS } from "@/lib/domain/register/labels";

/** A firm's public page: its titles, their validity and status, and its history in brief. */
export default async function CompanyPage({ params }: { params: Promise<{ creditCode: string }> }) {
  const { creditCode } = await params;
  const [t, c, lang, profile] = await Promise.all([
    getTranslations("register"),
    getTranslations("changeReports.public"),
    currentLang(),
    companyProfile(decodeURIComponent(creditCode)),
  ]);
  if (!profile) notFound();
  const { company } = profile;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/register" className="text-sm text-brand-700 underline">
          {t("searchRegister")}
        </Link>
        <h1 className="text-2xl font-bold text-brand-800" data-testid="company-name">
          {lang === "en" && company.nameEn ? company.nameEn : company.nameZh}
        </h1>
        <p className="text-slate-700">
          <span className="font-mono">{company.creditCode}</span> · {text(company.province, lang)}
          {company.cityCode !== company.provinceCode ? ` · ${text(company.city, lang)}` : ""} · {text(company.industry, lang)}
        </p>
      </div>
      <section aria-labelledby="titles" className="space-y-2">
        <h2 id="titles" className="text-lg font-semibold">
          {t("recognitions")}
        </h2>
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">{t("colTier")}</th>
              <th className="p-2">{t("colYear")}</th>
              <th className="p-2">{t("certificateNo")}</th>
              <th className="p-2">{t("colValidity")}</th>
              <th className="p-2">{t("colStatus")}</th>
              <th className="p-2">{t("batchList")}</th>
              <th className="p-2">{t("colCertificate")}</th>
            </tr>
          </thead>
          <tbody>
            {profile.recognitions.map((r) => (
              <tr key={r.id} className="border-b">
                <td className="p-2">{text(TIER_LABELS[r.tier as keyof typeof TIER_LABELS], lang)}</td>
                <td className="p-2">{r.year}</td>
                <td className="p-2 font-mono">{r.certificateNo}</td>
                <td className="p-2">
                  {r.validFrom} – {r.validUntil}
                </td>
                <td className="p-2">{text(PUBLIC_STATUS_LABELS[r.status], lang)}</td>
                <td className="p-2">
                  {r.batchId && r.batchTitle ? (
                    <Link href={`/register/batches/${r.batchId}`} className="text-brand-700 underline">
                      {text(r.batchTitle, lang)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="p-2">
                  <a href={`/api/certificates/${r.id}`} className="text-brand-700 underline" data-testid="certificate-link">
                    PDF
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-lg font-semibold">
          {t("history")}
        </h2>
        <HistoryTimeline events={profile.events} locale={lang} variant="summary" />
      </section>
      {profile.changes.length > 0 && (
        <section aria-labelledby="changes" className="space-y-2">
          <h2 id="changes" className="text-lg font-semibold">
            {c("changesTitle")}
          </h2>
          <ul className="space-y-1 text-sm" data-testid="company-changes">
            {profile.changes.map((change) => (
              <li key={`${change.kind}-${change.occurredOn}-${change.kind === "renamed" ? change.formerNameZh : change.to.zh}`} data-kind={change.kind}>
                <time dateTime={change.occurredOn}>{change.occurredOn}</time> · {eventLabel(change.kind === "renamed" ? "renamed" : "moved_in", lang)} ·{" "}
                {change.kind === "renamed"
                  ? c("formerName", { name: lang === "en" && change.formerNameEn ? change.formerNameEn : change.formerNameZh })
                  : c("movedFrom", { from: text(change.from, lang), to: text(change.to, lang) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

import { getLocale, getTranslations } from "next-intl/server";
import { SECTION_LABELS, type ApplicationSection } from "@/lib/application/sections";
import type { ApplicationForReview } from "@/lib/services/review/application-for-review";
import { formatDate, pick } from "./bilingual";
import { StatusBadge } from "./status-badge";

const OUTCOMES = ["eligible", "not-eligible", "incomplete"] as const;

/** Who applied for what, where the file stands, and its score. */
export async function ApplicationSummary({ application }: { application: ApplicationForReview }) {
  const [t, outcomes, tiers, locale] = await Promise.all([
    getTranslations("review.detail"),
    getTranslations("review.outcome"),
    getTranslations("review.tier"),
    getLocale(),
  ]);
  const { company, programme } = application;
  const colon = locale === "en" ? ": " : "：";
  const name = (region: { nameZh: string; nameEn: string }) => (locale === "en" ? region.nameEn : region.nameZh);
  const place = [company.province, company.city, company.region]
    .filter((r, i, all) => all.findIndex((o) => o.code === r.code) === i)
    .map(name)
    .join(" ");
  const outcome = (OUTCOMES as readonly string[]).includes(application.outcome ?? "")
    ? outcomes(application.outcome as (typeof OUTCOMES)[number])
    : outcomes("none");
  const items: [string, string][] = [
    [t("creditCode"), company.creditCode],
    [t("region"), place],
    [t("industry"), company.industryCode],
    [t("foundedYear"), company.foundedYear?.toString() ?? "—"],
    [t("programme"), `${locale === "en" ? programme.nameEn : programme.nameZh} · ${tiers(application.tier)}`],
    [t("score"), application.score?.toString() ?? "—"],
    [t("outcome"), outcome],
    [t("reference"), application.reference ?? "—"],
    [t("submittedAt"), formatDate(application.submittedAt, locale, true)],
    [t("assignedTo"), application.assignedTo?.name ?? t("nobody")],
  ];
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-800" data-testid="application-company">
          {company.nameZh}
        </h1>
        <span data-testid="application-status">
          <StatusBadge status={application.status} locale={locale} />
        </span>
      </div>
      {company.nameEn && (
        <p className="text-slate-600" lang="en">
          {company.nameEn}
        </p>
      )}
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt className="inline text-slate-600">
              {label}
              {colon}
            </dt>
            <dd className="inline font-medium">{value}</dd>
          </div>
        ))}
      </dl>
      {application.status === "returned" && application.reopenSections.length > 0 && (
        <p className="text-sm text-orange-900">
          {t("reopenSections")}
          {colon}
          {application.reopenSections
            .map((s) => (s in SECTION_LABELS ? pick(SECTION_LABELS[s as ApplicationSection], locale) : s))
            .join(locale === "en" ? ", " : "、")}
        </p>
      )}
    </div>
  );
}

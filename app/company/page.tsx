import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmailVerificationBanner } from "@/components/account/email-verification-banner";
import { AreaLinks } from "@/components/dashboard/area-links";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { Pagination } from "@/components/company/pagination";
import { pick } from "@/components/company/pick";
import { StartApplicationButton } from "@/components/company/start-application-button";
import { StatusBadge } from "@/components/company/status-badge";
import { TitleBadge } from "@/components/company/title-badge";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { isoOf } from "@/lib/calendar/today";
import { emailVerified } from "@/lib/services/accounts/email-verification";
import { companyDashboard } from "@/lib/services/company-portal/company-dashboard";

export const dynamic = "force-dynamic";

export default async function CompanyDashboard({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("application:edit");
  // A claimant whose claim is not approved yet has a company account with no company (docs/decisions/027).
  if (!actor.companyId) redirect("/claim/status");
  const [t, dash, locale, format, params] = await Promise.all([
    getTranslations("company"),
    getTranslations("dashboard"),
    getLocale(),
    getFormatter(),
    searchParams,
  ]);
  const page = Number(Array.isArray(params.page) ? params.page[0] : params.page) || 1;
  const data = await companyDashboard(actor, { page });
  const { company } = data;
  const en = locale === "en";
  return (
    <div className="space-y-8">
      <DashboardHeading actor={actor} title={dash("companyTitle")} />
      {!(await emailVerified(actor.id)) && <EmailVerificationBanner email={actor.email} />}
      <AreaLinks
        links={[
          { key: "companyRecognitions", href: "/company/recognitions" },
          { key: "companyAnnualReports", href: "/company/annual-reports" },
          { key: "companyChanges", href: "/company/changes" },
          { key: "companyProfile", href: "/company/profile" },
        ]}
      />

      <section aria-labelledby="company-details" className="space-y-2">
        <h2 id="company-details" className="text-xl font-semibold">
          {t("dashboard.details")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="company-details">
          <dt className="text-slate-600">{t("dashboard.name")}</dt>
          <dd>{en && company.nameEn ? company.nameEn : company.nameZh}</dd>
          <dt className="text-slate-600">{t("dashboard.creditCode")}</dt>
          <dd className="font-mono">{company.creditCode}</dd>
          <dt className="text-slate-600">{t("dashboard.region")}</dt>
          <dd>{company.regions.map((r) => pick(r, locale)).join(" / ")}</dd>
          <dt className="text-slate-600">{t("dashboard.industry")}</dt>
          <dd>{company.industryCode}</dd>
          <dt className="text-slate-600">{t("dashboard.contact")}</dt>
          <dd>{[company.contactName, company.contactEmail, company.contactPhone].filter(Boolean).join(" · ") || "—"}</dd>
        </dl>
        <p className="text-sm">
          <Link href="/company/users" className="text-brand-700 underline">
            {t("dashboard.manageUsers")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="company-recognitions" className="space-y-2">
        <h2 id="company-recognitions" className="text-xl font-semibold">
          {t("dashboard.recognitions")}
        </h2>
        {data.recognitions.length === 0 ? (
          <p className="text-slate-600">{t("dashboard.noRecognitions")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th className="py-1 pr-4">{t("dashboard.tier")}</th>
                <th className="py-1 pr-4">{t("dashboard.certificate")}</th>
                <th className="py-1 pr-4">{t("dashboard.validity")}</th>
                <th className="py-1">{t("dashboard.recognitionStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {data.recognitions.map((r) => (
                <tr key={r.id} className="border-b last:border-0">
                  <td className="py-1 pr-4">{t(`tiers.${r.tier}`)}</td>
                  <td className="py-1 pr-4 font-mono">{r.certificateNo}</td>
                  <td className="py-1 pr-4">
                    {isoOf(r.validFrom)} – {isoOf(r.validUntil)}
                  </td>
                  <td className="py-1">{t(`recognitionStatus.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="company-programmes" className="space-y-2">
        <h2 id="company-programmes" className="text-xl font-semibold">
          {t("dashboard.programmes")}
        </h2>
        {data.programmes.length === 0 ? (
          <p className="text-slate-600">{t("dashboard.noProgrammes")}</p>
        ) : (
          <ul className="divide-y rounded border" data-testid="open-programmes">
            {data.programmes.map((p) => {
              const name = en ? p.nameEn : p.nameZh;
              return (
                <li key={p.id} className="flex flex-wrap items-start justify-between gap-3 p-3" data-testid="programme" data-programme-tier={p.tier}>
                  <div>
                    <p className="font-medium">{name}</p>
                    <p className="text-sm text-slate-600">
                      {t(`tiers.${p.tier}`)} · {t("dashboard.closesOn", { date: isoOf(p.closesOn) })}
                    </p>
                    {p.availability.kind === "blocked" && (
                      <p className="text-sm text-amber-800" data-testid="programme-blocked">
                        {pick(p.availability.reason, locale)}
                      </p>
                    )}
                  </div>
                  {p.availability.kind === "open" && <StartApplicationButton programmeId={p.id} programmeName={name} />}
                  {p.availability.kind === "blocked" && p.availability.applicationId && (
                    <Link href={`/company/applications/${p.availability.applicationId}/status`} className="text-sm text-brand-700 underline">
                      {t("dashboard.view")}
                    </Link>
                  )}
                  {p.availability.kind === "active" && (
                    <Link href={`/company/applications/${p.availability.applicationId}`} className="text-sm text-brand-700 underline">
                      {t("dashboard.continue")}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="company-applications" className="space-y-2">
        <h2 id="company-applications" className="text-xl font-semibold">
          {t("dashboard.applications")}
        </h2>
        {data.applications.total === 0 ? (
          <p className="text-slate-600">{t("dashboard.noApplications")}</p>
        ) : (
          <table className="w-full text-left text-sm" data-testid="company-applications">
            <thead>
              <tr className="border-b">
                <th className="py-1 pr-4">{t("dashboard.programme")}</th>
                <th className="py-1 pr-4">{t("dashboard.status")}</th>
                <th className="py-1 pr-4">{t("dashboard.updated")}</th>
                <th className="py-1">
                  <span className="sr-only">{t("dashboard.open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.applications.rows.map((a) => (
                <tr key={a.id} className="border-b last:border-0" data-application-id={a.id}>
                  <td className="py-1 pr-4">{en ? a.programme.nameEn : a.programme.nameZh}</td>
                  <td className="py-1 pr-4">{a.title ? <TitleBadge title={a.title} /> : <StatusBadge status={a.status} locale={locale} />}</td>
                  <td className="py-1 pr-4">{format.dateTime(a.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="py-1">
                    {(a.status === "draft" || a.status === "returned") && !a.blocked ? (
                      <Link href={`/company/applications/${a.id}`} className="text-brand-700 underline">
                        {a.status === "draft" ? t("dashboard.continue") : t("dashboard.view")}
                      </Link>
                    ) : (
                      <Link href={`/company/applications/${a.id}/status`} className="text-brand-700 underline">
                        {t("dashboard.view")}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination
          page={data.applications.page}
          pageSize={data.applications.pageSize}
          total={data.applications.total}
          href={(n) => `/company?page=${n}`}
          labels={{
            previous: t("pagination.previous"),
            next: t("pagination.next"),
            status: t("pagination.status", {
              page: data.applications.page,
              pages: Math.max(1, Math.ceil(data.applications.total / data.applications.pageSize)),
            }),
          }}
        />
      </section>
    </div>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CompanyApplication } from "@/lib/services/company-portal/company-application";
import { StatusBadge } from "./status-badge";
import { TitleBadge } from "./title-badge";

/** Programme, status and the way back, at the top of every page of one application. */
export async function ApplicationHeader({ application, title }: { application: CompanyApplication; title: string }) {
  const [t, locale] = await Promise.all([getTranslations("company"), getLocale()]);
  return (
    <div className="space-y-2">
      <nav aria-label={t("application.breadcrumb")} className="text-sm">
        <Link href="/company" className="text-brand-700 underline">
          {t("application.backToDashboard")}
        </Link>
      </nav>
      <p className="text-slate-700">
        {locale === "en" ? application.programme.nameEn : application.programme.nameZh} · {t(`tiers.${application.tier}`)}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-800" data-testid="page-title">
          {title}
        </h1>
        {application.title ? <TitleBadge title={application.title} /> : <StatusBadge status={application.status} locale={locale} />}
      </div>
    </div>
  );
}

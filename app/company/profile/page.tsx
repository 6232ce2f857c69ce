import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CompanyProfileForm } from "@/components/company-profile/profile-form";
import { pick } from "@/components/recognitions/labels";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { INDUSTRIES } from "@/lib/demo/industries";
import { companyProfileOf } from "@/lib/services/company-profile/update-company-profile";

export async function generateMetadata() {
  const t = await getTranslations("companyProfile");
  return { title: t("pageTitle") };
}

/** The firm's record: contact and industry edited here; name, credit code and region only through a change report. */
export default async function CompanyProfilePage() {
  const actor = await requirePagePermission("company-profile:edit");
  const [t, locale, { company, place }] = await Promise.all([getTranslations("companyProfile"), getLocale(), companyProfileOf(actor)]);
  const en = locale === "en";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("pageTitle")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <section aria-labelledby="profile-registered" className="space-y-2">
        <h2 id="profile-registered" className="text-lg font-semibold">
          {t("readOnly")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="profile-registered">
          <dt className="text-slate-600">{t("name")}</dt>
          <dd>{company.nameZh}</dd>
          {company.nameEn && (
            <>
              <dt className="text-slate-600">{t("nameEn")}</dt>
              <dd>{company.nameEn}</dd>
            </>
          )}
          <dt className="text-slate-600">{t("creditCode")}</dt>
          <dd className="font-mono">{company.creditCode}</dd>
          <dt className="text-slate-600">{t("region")}</dt>
          <dd>{pick(place, locale)}</dd>
        </dl>
        <p className="text-sm text-slate-700">
          {t("readOnlyNote")}{" "}
          <Link href="/company/changes" className="text-brand-700 underline">
            {t("reportChange")}
          </Link>
        </p>
      </section>
      <CompanyProfileForm
        values={{
          contactName: company.contactName ?? "",
          contactPhone: company.contactPhone ?? "",
          contactEmail: company.contactEmail ?? "",
          industryCode: company.industryCode,
        }}
        industries={INDUSTRIES.map((i) => ({ code: i.code, name: `${i.code} ${en ? i.nameEn : i.nameZh}` }))}
      />
    </div>
  );
}

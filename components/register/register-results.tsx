import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/batches/pager";
import { text, type Lang } from "@/components/batches/locale";
import { PUBLIC_STATUS_LABELS, TIER_LABELS } from "@/lib/domain/register/labels";
import { registerQueryToParams, type RegisterQuery } from "@/lib/domain/register/register-query";
import type { RegisterPage } from "@/lib/services/register/search-register";

const STATUS_STYLE = { active: "text-green-800", expired: "text-slate-600", revoked: "text-accent-600", withdrawn: "text-slate-600" } as const;

/** The result table of a register search, its count (announced to screen readers), exports and pages. */
export async function RegisterResults({
  page,
  query,
  lang,
  basePath,
  exportQuery,
}: {
  page: RegisterPage;
  query: RegisterQuery;
  lang: Lang;
  basePath: string;
  exportQuery?: RegisterQuery;
}) {
  const t = await getTranslations("register");
  const params = registerQueryToParams(query);
  params.delete("page");
  const exportParams = registerQueryToParams(exportQuery ?? query);
  exportParams.delete("page");
  exportParams.delete("pageSize");
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite" data-testid="result-count">
          {t("results", { total: page.total })}
        </h2>
        <div className="flex gap-3 text-sm">
          <a href={`/api/v1/register/export?format=csv&${exportParams}`} className="rounded border border-brand-700 px-3 py-1 text-brand-700" download>
            {t("exportCsv")}
          </a>
          <a href={`/api/v1/register/export?format=xlsx&${exportParams}`} className="rounded border border-brand-700 px-3 py-1 text-brand-700" download>
            {t("exportXlsx")}
          </a>
        </div>
      </div>
      {page.rows.length === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="register-results">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("colCompany")}</th>
                <th className="p-2">{t("colCode")}</th>
                <th className="p-2">{t("colTier")}</th>
                <th className="p-2">{t("colYear")}</th>
                <th className="p-2">{t("colRegion")}</th>
                <th className="p-2">{t("colValidity")}</th>
                <th className="p-2">{t("colStatus")}</th>
                <th className="p-2">{t("colCertificate")}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.id} className="border-b">
                  <td className="p-2">
                    <Link href={`/register/companies/${row.creditCode}`} className="text-brand-700 underline">
                      {lang === "en" && row.companyNameEn ? row.companyNameEn : row.companyName}
                    </Link>
                  </td>
                  <td className="p-2 font-mono">{row.creditCode}</td>
                  <td className="p-2">{text(TIER_LABELS[row.tier as keyof typeof TIER_LABELS], lang)}</td>
                  <td className="p-2">{row.year}</td>
                  <td className="p-2">
                    {text(row.provinceName, lang)}
                    {row.cityCode !== row.provinceCode ? ` · ${text(row.cityName, lang)}` : ""}
                  </td>
                  <td className="p-2 whitespace-nowrap">
                    {row.validFrom} – {row.validUntil}
                  </td>
                  <td className={`p-2 ${STATUS_STYLE[row.status]}`}>{text(PUBLIC_STATUS_LABELS[row.status], lang)}</td>
                  <td className="p-2">
                    <a href={`/api/certificates/${row.id}`} className="text-brand-700 underline" aria-label={`${t("certificate")} ${row.certificateNo}`}>
                      PDF
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        page={page.page}
        pageCount={page.pageCount}
        params={params}
        basePath={basePath}
        labels={{ previous: t("previous"), next: t("next"), page: t("page", { page: page.page, pages: page.pageCount }), nav: t("pagination") }}
      />
    </section>
  );
}

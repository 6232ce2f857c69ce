import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, pick } from "@/components/review/bilingual";
import { FilterForm, FilterSelect } from "@/components/layout/filter-form";
import { Pagination } from "@/components/recognitions/pagination";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CLAIM_STANDING_LABELS, CLAIM_STATUSES } from "@/lib/domain/claims/claim-standing";
import { claimListHref, parseClaimFilters } from "@/lib/domain/claims/list-filters";
import { listClaims } from "@/lib/services/claims/list-claims";

const PATH = "/staff/claims";

export async function generateMetadata() {
  return { title: (await getTranslations("claims.staff"))("pageTitle") };
}

/** Claims for firms in the official's city or province, in the order they are decided; pending ones by default. */
export default async function StaffClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("claim:decide");
  const filters = parseClaimFilters(await searchParams);
  const [t, locale, list] = await Promise.all([getTranslations("claims.staff"), getLocale(), listClaims(actor, filters)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("pageTitle")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <FilterForm action={PATH} label={t("filters")} submitLabel={t("apply")}>
        <FilterSelect
          name="status"
          label={t("status")}
          defaultValue={filters.status}
          allLabel={t("all")}
          allValue="all"
          options={CLAIM_STATUSES.map((s) => ({ value: s, label: pick(CLAIM_STANDING_LABELS[s], locale) }))}
        />
      </FilterForm>
      <section aria-labelledby="claims-count" className="space-y-2">
        <h2 id="claims-count" className="text-lg font-semibold">
          {t("count", { total: list.total })}
        </h2>
        {list.rows.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("pageTitle")}>
            <table className="w-full border-collapse text-sm" data-testid="claim-queue">
              <thead>
                <tr className="border-b text-left">
                  <th className="p-2">{t("colFirm")}</th>
                  <th className="p-2">{t("colClaimant")}</th>
                  <th className="p-2">{t("colSubmitted")}</th>
                  <th className="p-2">{t("colStanding")}</th>
                  <th className="p-2">
                    <span className="sr-only">{t("open")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.rows.map((row) => (
                  <tr key={row.id} className="border-b align-top" data-standing={row.standing}>
                    <td className="p-2">
                      {row.company.nameZh}
                      <br />
                      <span className="font-mono text-xs">{row.company.creditCode}</span>
                    </td>
                    <td className="p-2">
                      {row.contactName}
                      <br />
                      <span className="text-xs">{row.contactEmail}</span>
                    </td>
                    <td className="p-2">{formatDate(row.createdAt, locale)}</td>
                    <td className="p-2">{pick(CLAIM_STANDING_LABELS[row.standing], locale)}</td>
                    <td className="p-2">
                      <Link href={`${PATH}/${row.id}`} className="text-brand-700 underline">
                        {t("open")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={filters.page} size={filters.size} total={list.total} locale={locale} href={(p) => claimListHref(PATH, filters, { page: p })} />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ListPageHeader } from "@/components/layout/list-page-header";
import { FilterForm, FilterNumber, FilterSearch, FilterSelect } from "@/components/layout/filter-form";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CALL_STATES } from "@/lib/domain/calls/call-state";
import { TIERS } from "@/lib/domain/tier";
import { callFiltersSchema, listCalls } from "@/lib/services/calls/list-calls";
import { callsHref } from "./href";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calls"))("title") };
}

/** The calls an administrator manages, searchable and filtered by tier, year and state, paginated. */
export default async function CallsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("call:manage");
  const [t, locale, params] = await Promise.all([getTranslations("calls"), getLocale(), searchParams]);
  const filters = callFiltersSchema.parse(Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string")));
  const list = await listCalls(actor, filters);
  const en = locale === "en";
  return (
    <div className="space-y-6">
      <ListPageHeader title={t("title")} lead={t("lead")} add={{ href: "/admin/calls/new", label: t("newCall") }} />
      <FilterForm label={t("filters.label")} submitLabel={t("filters.apply")}>
        <FilterSearch name="q" label={t("filters.q")} defaultValue={filters.q} />
        <FilterSelect
          name="tier"
          label={t("filters.tier")}
          defaultValue={filters.tier}
          allLabel={t("filters.all")}
          options={TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
        />
        <FilterNumber name="year" label={t("filters.year")} defaultValue={filters.year} min={2000} max={2100} />
        <FilterSelect
          name="state"
          label={t("filters.state")}
          defaultValue={filters.state}
          allLabel={t("filters.all")}
          options={CALL_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
        />
      </FilterForm>

      {list.rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="call-table">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-xs text-slate-700">
                <th scope="col" className="py-2 pr-3">
                  {t("columns.name")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.tier")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.region")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.window")}
                </th>
                <th scope="col" className="py-2">
                  {t("columns.state")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100 align-top" data-testid={`call-${row.code}`}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/admin/calls/${row.id}`} className="text-brand-700 underline">
                      {en ? row.nameEn : row.nameZh}
                    </Link>
                    <span className="block font-mono text-xs text-slate-600">{row.code}</span>
                  </th>
                  <td className="py-2 pr-3">{t(`tiers.${row.tier}`)}</td>
                  <td className="py-2 pr-3">{row.regionCode ?? t("national")}</td>
                  <td className="py-2 pr-3 tabular-nums">
                    {row.opensOn} – {row.closesOn}
                  </td>
                  <td className="py-2" data-state={row.state}>
                    {t(`states.${row.state}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center gap-3 text-sm">
        {list.page > 1 && (
          <Link href={callsHref(filters, { page: list.page - 1 })} rel="prev" className="rounded border border-slate-300 px-3 py-1 text-brand-700">
            {t("pagination.previous")}
          </Link>
        )}
        <span aria-current="page">{t("pagination.page", { page: list.page, pages: list.pages, total: list.total })}</span>
        {list.page < list.pages && (
          <Link href={callsHref(filters, { page: list.page + 1 })} rel="next" className="rounded border border-slate-300 px-3 py-1 text-brand-700">
            {t("pagination.next")}
          </Link>
        )}
      </nav>
    </div>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeSummary } from "@/components/change-reports/change-summary";
import { formatDay, pick } from "@/components/recognitions/labels";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/layout/filter-form";
import { Pagination } from "@/components/recognitions/pagination";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CHANGE_KIND_LABELS, CHANGE_KINDS, storedKindOf } from "@/lib/domain/change-reports/change-report-input";
import { changeReportListHref, parseChangeReportFilters } from "@/lib/domain/change-reports/list-filters";
import { listChangeReports } from "@/lib/services/change-reports/list-change-reports";
import { CHANGE_REPORT_STATUS_LABELS, CHANGE_REPORT_STATUSES } from "@/lib/workflow/change-report-lifecycle";

const PATH = "/staff/change-reports";

export async function generateMetadata() {
  const t = await getTranslations("changeReports.staff");
  return { title: t("pageTitle") };
}

/** The queue of change reports of the firms in the official's jurisdiction, awaiting ones first by default. */
export default async function StaffChangeReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("change-report:decide");
  const filters = parseChangeReportFilters(await searchParams);
  const [t, locale, list] = await Promise.all([getTranslations("changeReports.staff"), getLocale(), listChangeReports(actor, filters)]);
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
          options={CHANGE_REPORT_STATUSES.map((s) => ({ value: s, label: pick(CHANGE_REPORT_STATUS_LABELS[s], locale) }))}
        />
        <FilterSelect
          name="kind"
          label={t("kind")}
          defaultValue={filters.kind}
          allLabel={t("all")}
          allValue="all"
          options={[...CHANGE_KINDS, "other" as const].map((k) => ({ value: k, label: pick(CHANGE_KIND_LABELS[k], locale) }))}
        />
        <FilterSearch name="q" label={t("q")} defaultValue={filters.q} />
      </FilterForm>
      <section aria-labelledby="change-reports-count" className="space-y-2">
        <h2 id="change-reports-count" className="text-lg font-semibold">
          {t("count", { total: list.total })}
        </h2>
        {list.rows.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="change-report-queue">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("colFirm")}</th>
                <th className="p-2">{t("colKind")}</th>
                <th className="p-2">{t("colEffective")}</th>
                <th className="p-2">{t("colReported")}</th>
                <th className="p-2">{t("colStatus")}</th>
                <th className="p-2">
                  <span className="sr-only">{t("open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-b align-top">
                  <td className="p-2">
                    {row.company.nameZh}
                    <br />
                    <span className="font-mono text-xs">{row.company.creditCode}</span>
                  </td>
                  <td className="p-2">
                    {pick(CHANGE_KIND_LABELS[storedKindOf(row.kind)], locale)}
                    <br />
                    <ChangeSummary payload={row.payload} locale={locale} />
                  </td>
                  <td className="p-2">{formatDay(row.effectiveOn, locale)}</td>
                  <td className="p-2">{formatDay(row.reportedOn, locale)}</td>
                  <td className="p-2">{pick(CHANGE_REPORT_STATUS_LABELS[row.status], locale)}</td>
                  <td className="p-2">
                    <Link href={`${PATH}/${row.id}`} className="text-brand-700 underline">
                      {t("open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={filters.page} size={filters.size} total={list.total} locale={locale} href={(p) => changeReportListHref(PATH, filters, { page: p })} />
      </section>
    </div>
  );
}

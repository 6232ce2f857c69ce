import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeSummary } from "@/components/change-reports/change-summary";
import { formatDay, pick } from "@/components/recognitions/labels";
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
      <form method="get" action={PATH} className="flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <label className="text-sm">
          <span className="block font-medium">{t("status")}</span>
          <select name="status" defaultValue={filters.status} className="rounded border border-slate-400 px-2 py-1.5">
            <option value="all">{t("all")}</option>
            {CHANGE_REPORT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {pick(CHANGE_REPORT_STATUS_LABELS[s], locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("kind")}</span>
          <select name="kind" defaultValue={filters.kind} className="rounded border border-slate-400 px-2 py-1.5">
            <option value="all">{t("all")}</option>
            {[...CHANGE_KINDS, "other" as const].map((k) => (
              <option key={k} value={k}>
                {pick(CHANGE_KIND_LABELS[k], locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">{t("q")}</span>
          <input name="q" defaultValue={filters.q} maxLength={100} className="rounded border border-slate-400 px-2 py-1.5" />
        </label>
        <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-medium text-white">
          {t("apply")}
        </button>
      </form>
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

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeSummary } from "@/components/change-reports/change-summary";
import { WithdrawChangeReportButton } from "@/components/change-reports/withdraw-button";
import { ChangeReportForm } from "@/components/recognitions/change-report-form";
import { formatDay, pick } from "@/components/recognitions/labels";
import { Pagination } from "@/components/recognitions/pagination";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CHANGE_KIND_LABELS, storedKindOf } from "@/lib/domain/change-reports/change-report-input";
import { parseChangeReportFilters } from "@/lib/domain/change-reports/list-filters";
import { listChangeReports } from "@/lib/services/change-reports/list-change-reports";
import { listProvinces } from "@/lib/services/change-reports/list-provinces";
import { CHANGE_REPORT_STATUS_LABELS } from "@/lib/workflow/change-report-lifecycle";

export async function generateMetadata() {
  const t = await getTranslations("changeReports.company");
  return { title: t("pageTitle") };
}

/** The firm reports major changes and follows what became of them. */
export default async function CompanyChangesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("change-report:submit");
  const { page, size } = parseChangeReportFilters(await searchParams, "all");
  const [t, locale, list, provinces] = await Promise.all([
    getTranslations("changeReports.company"),
    getLocale(),
    listChangeReports(actor, { page, size }),
    listProvinces(),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link className="underline" href="/company/recognitions">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{t("pageTitle")}</h1>
      <ChangeReportForm provinces={provinces} />
      <section aria-labelledby="changes-list" className="space-y-2">
        <h2 id="changes-list" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        {list.rows.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <ul className="space-y-2" data-testid="change-reports">
            {list.rows.map((row) => (
              <li key={row.id} className="rounded border border-slate-200 p-2 text-sm" data-status={row.status}>
                <p className="font-medium">
                  {pick(CHANGE_KIND_LABELS[storedKindOf(row.kind)], locale)} · {pick(CHANGE_REPORT_STATUS_LABELS[row.status], locale)} ·{" "}
                  {t("effective", { date: formatDay(row.effectiveOn, locale) })} · {t("reported", { date: formatDay(row.reportedOn, locale) })}
                  {row.late && <span className="ml-2 text-accent-600">{t("late")}</span>}
                </p>
                <p>
                  <ChangeSummary payload={row.payload} locale={locale} />
                </p>
                {row.details && <p className="whitespace-pre-wrap text-slate-700">{row.details}</p>}
                {row.decisionReason && <p className="text-slate-700">{t("reason", { reason: row.decisionReason })}</p>}
                {row.status === "submitted" && <WithdrawChangeReportButton changeReportId={row.id} version={row.version} />}
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} size={size} total={list.total} locale={locale} href={(p) => `/company/changes?page=${p}`} />
      </section>
    </div>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangeReportForm } from "@/components/recognitions/change-report-form";
import { formatDay, pick } from "@/components/recognitions/labels";
import { Pagination } from "@/components/recognitions/pagination";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { CHANGE_KIND_LABELS, type ChangeKind } from "@/lib/domain/change-reports/change-report-input";
import { listChangeReports } from "@/lib/services/change-reports/list-change-reports";
import { parseStaffFilters } from "@/lib/domain/recognitions/list-filters";

export async function generateMetadata() {
  const t = await getTranslations("recognitions.changes");
  return { title: t("pageTitle") };
}

const kindLabel = (kind: string, locale: string) => (kind in CHANGE_KIND_LABELS ? pick(CHANGE_KIND_LABELS[kind as ChangeKind], locale) : kind);

/** The firm reports major changes and sees what it reported. */
export default async function CompanyChangesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("change-report:submit");
  const { page, size } = parseStaffFilters(await searchParams);
  const [t, locale, list] = await Promise.all([getTranslations("recognitions.changes"), getLocale(), listChangeReports(actor, { page, size })]);
  return (
    <div className="space-y-6">
      <p>
        <Link className="underline" href="/company/recognitions">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{t("pageTitle")}</h1>
      <ChangeReportForm />
      <section aria-labelledby="changes-list" className="space-y-2">
        <h2 id="changes-list" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        {list.rows.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <ul className="space-y-2">
            {list.rows.map((row) => (
              <li key={row.id} className="rounded border border-slate-200 p-2 text-sm">
                <p className="font-medium">
                  {kindLabel(row.kind, locale)} · {t("effective", { date: formatDay(row.effectiveOn, locale) })} ·{" "}
                  {t("reported", { date: formatDay(row.reportedOn, locale) })}
                  {row.late && <span className="ml-2 text-accent-600">{t("late")}</span>}
                </p>
                <p className="whitespace-pre-wrap">{row.details}</p>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} size={size} total={list.total} locale={locale} href={(p) => `/company/changes?page=${p}`} />
      </section>
    </div>
  );
}

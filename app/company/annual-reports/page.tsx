import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AnnualReportForm } from "@/components/recognitions/annual-report-form";
import { formatDay, pick, TIER_LABELS } from "@/components/recognitions/labels";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { companyRecognitions } from "@/lib/services/recognitions/company-recognitions";

export async function generateMetadata() {
  const t = await getTranslations("recognitions.annual");
  return { title: t("pageTitle") };
}

/** Last year's operating data, for each of the firm's titles that must report it. */
export default async function AnnualReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("annual-report:submit");
  const [t, locale, list, params] = await Promise.all([getTranslations("recognitions.annual"), getLocale(), companyRecognitions(actor), searchParams]);
  const due = list.rows.filter((row) => row.annual.due && !row.annual.submitted);
  const done = list.rows.filter((row) => row.annual.submitted);
  const wanted = typeof params.recognition === "string" ? params.recognition : null;
  const selected = due.some((row) => row.id === wanted) ? wanted : null;
  return (
    <div className="space-y-6">
      <p>
        <Link className="underline" href="/company/recognitions">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">{t("pageTitle")}</h1>
      <p className="text-slate-700">{t("intro", { year: list.dataYear })}</p>
      {due.length > 0 && (
        <ul className="list-disc pl-6 text-sm">
          {due.map((row) => (
            <li key={row.id}>
              {pick(TIER_LABELS[row.tier], locale)} {row.certificateNo}：
              {row.annual.overdue
                ? t("overdue", { deadline: formatDay(row.annual.deadline, locale) })
                : t("dueBy", { deadline: formatDay(row.annual.deadline, locale) })}
            </li>
          ))}
        </ul>
      )}
      <AnnualReportForm
        titles={due.map((row) => ({ id: row.id, label: `${pick(TIER_LABELS[row.tier], locale)} · ${row.certificateNo}` }))}
        selected={selected}
        dataYear={list.dataYear}
      />
      {done.length > 0 && (
        <section aria-labelledby="annual-done" className="space-y-1">
          <h2 id="annual-done" className="text-lg font-semibold">
            {t("submittedTitle", { year: list.dataYear })}
          </h2>
          <ul className="list-disc pl-6 text-sm">
            {done.map((row) => (
              <li key={row.id}>
                <Link className="underline" href={`/company/recognitions/${row.id}`}>
                  {row.certificateNo}
                </Link>
                ：{row.annual.flagged ? t("flaggedShort") : t("passedShort")}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

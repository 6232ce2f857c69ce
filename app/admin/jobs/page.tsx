import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant, pick } from "@/components/recognitions/labels";
import { Pagination } from "@/components/recognitions/pagination";
import { RunJobsForm } from "@/components/recognitions/run-jobs-form";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { COUNT_LABELS, JOB_LABELS, JOB_NAMES, type JobName } from "@/lib/jobs/job-types";
import { listJobRuns } from "@/lib/jobs/list-job-runs";
import { parseStaffFilters } from "@/lib/domain/recognitions/list-filters";

export async function generateMetadata() {
  const t = await getTranslations("jobs");
  return { title: t("title") };
}

const isJob = (name: string): name is JobName => (JOB_NAMES as readonly string[]).includes(name);

/** Dynamic-management jobs: run them now (national administrators) and see past runs. */
export default async function JobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("ruleset:manage");
  const { page, size } = parseStaffFilters(await searchParams);
  const [t, locale, runs] = await Promise.all([getTranslations("jobs"), getLocale(), listJobRuns({ page, size })]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {hasPermission(actor, "outbox:manage") && (
        <p>
          <Link href="/admin/outbox" className="text-brand-700 underline">
            {t("outboxLink")}
          </Link>
        </p>
      )}
      {hasPermission(actor, "jobs:run") ? <RunJobsForm /> : <p className="text-slate-600">{t("nationalOnly")}</p>}
      <section aria-labelledby="runs-title" className="space-y-2">
        <h2 id="runs-title" className="text-lg font-semibold">
          {t("history")}
        </h2>
        {runs.rows.length === 0 ? (
          <p className="text-slate-600">{t("noRuns")}</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="job-runs">
            <caption className="sr-only">{t("history")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-2">
                  {t("job")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("started")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("statusLabel")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("trigger")}
                </th>
                <th scope="col" className="py-2">
                  {t("counts")}
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.rows.map((run) => {
                const result = (run.result ?? {}) as { counts?: Record<string, number>; error?: string };
                return (
                  <tr key={run.id} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-2 text-left font-normal">
                      {isJob(run.job) ? pick(JOB_LABELS[run.job], locale) : run.job}
                    </th>
                    <td className="py-2 pr-2">{formatInstant(run.startedAt, locale)}</td>
                    <td className="py-2 pr-2">{t.has(`status.${run.status}`) ? t(`status.${run.status}`) : run.status}</td>
                    <td className="py-2 pr-2">{t.has(`triggers.${run.trigger}`) ? t(`triggers.${run.trigger}`) : run.trigger}</td>
                    <td className="py-2">
                      {Object.entries(result.counts ?? {})
                        .map(([key, value]) => `${COUNT_LABELS[key] ? pick(COUNT_LABELS[key], locale) : key} ${value}`)
                        .join(", ") || "—"}
                      {result.error && <span className="block text-accent-600">{result.error}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <Pagination page={page} size={size} total={runs.total} locale={locale} href={(p) => `/admin/jobs?page=${p}`} />
      </section>
    </div>
  );
}

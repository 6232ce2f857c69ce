import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/components/recognitions/form-parts";
import { formatDay, pick, TIER_LABELS } from "@/components/recognitions/labels";
import { Pagination } from "@/components/recognitions/pagination";
import { RecognitionStatusBadge } from "@/components/recognitions/recognition-status-badge";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { redirect } from "next/navigation";
import { hasPermission } from "@/lib/auth/permissions";
import { DB_TIERS, listHref, PAGE_SIZES, parseStaffFilters } from "@/lib/domain/recognitions/list-filters";
import { listRecognitions } from "@/lib/services/recognitions/list-recognitions";
import { RECOGNITION_STATUS_LABELS, RECOGNITION_STATUSES } from "@/lib/workflow/recognition-lifecycle";

export async function generateMetadata() {
  const t = await getTranslations("recognitions.staff");
  return { title: t("title") };
}

const PATH = "/staff/recognitions";

/**
 * Titles in the official's jurisdiction with filters (status, tier, flagged, overdue annual data)
 * and the firms' change reports. Filters are a plain GET form: the URL is the state.
 */
export default async function StaffRecognitionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("recognition:list");
  const params = await searchParams;
  const filters = parseStaffFilters(params);
  // The firms' change reports have their own queue now (docs/decisions/024); old links lead there.
  if (params.view === "changes") redirect("/staff/change-reports");
  const view = "recognitions";
  const [t, locale] = await Promise.all([getTranslations("recognitions.staff"), getLocale()]);
  const current = { status: filters.status, tier: filters.tier, flagged: filters.flagged, overdue: filters.overdue, q: filters.q, size: filters.size };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <nav aria-label={t("views")} className="flex flex-wrap gap-4 border-b border-slate-200 pb-2">
        <Link href={PATH} aria-current={view === "recognitions" && !filters.flagged && !filters.overdue ? "page" : undefined} className="underline">
          {t("all")}
        </Link>
        <Link
          href={listHref(PATH, {}, { flagged: true })}
          aria-current={view === "recognitions" && filters.flagged ? "page" : undefined}
          className="underline"
          data-testid="view-flagged"
        >
          {t("flaggedList")}
        </Link>
        <Link href={listHref(PATH, {}, { overdue: true })} aria-current={view === "recognitions" && filters.overdue ? "page" : undefined} className="underline">
          {t("overdueList")}
        </Link>
        {hasPermission(actor, "change-report:decide") && (
          <Link href="/staff/change-reports" className="underline">
            {t("changes")}
          </Link>
        )}
      </nav>
      <>
        <form method="get" action={PATH} className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={t("filters")}>
          <div className="space-y-1">
            <label htmlFor="f-status" className="block text-sm font-medium">
              {t("status")}
            </label>
            <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={inputClass}>
              <option value="">{t("any")}</option>
              {RECOGNITION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {pick(RECOGNITION_STATUS_LABELS[s], locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="f-tier" className="block text-sm font-medium">
              {t("tier")}
            </label>
            <select id="f-tier" name="tier" defaultValue={filters.tier ?? ""} className={inputClass}>
              <option value="">{t("any")}</option>
              {DB_TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {pick(TIER_LABELS[tier], locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="f-q" className="block text-sm font-medium">
              {t("search")}
            </label>
            <input id="f-q" name="q" defaultValue={filters.q ?? ""} maxLength={100} className={inputClass} />
          </div>
          <div className="space-y-1">
            <label htmlFor="f-size" className="block text-sm font-medium">
              {t("pageSize")}
            </label>
            <select id="f-size" name="size" defaultValue={String(filters.size)} className={inputClass}>
              {PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="space-y-1 text-sm">
            <legend className="font-medium">{t("only")}</legend>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="flagged" value="1" defaultChecked={filters.flagged} />
              {t("flagged")}
            </label>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} />
              {t("overdue")}
            </label>
          </fieldset>
          <div className="flex items-end">
            <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-medium text-white">
              {t("apply")}
            </button>
          </div>
        </form>
        <RecognitionTable filters={filters} current={current} />
      </>
    </div>
  );
}

async function RecognitionTable({
  filters,
  current,
}: {
  filters: ReturnType<typeof parseStaffFilters>;
  current: Record<string, string | number | boolean | undefined>;
}) {
  const actor = await requirePagePermission("recognition:list");
  const [t, locale, list] = await Promise.all([getTranslations("recognitions.staff"), getLocale(), listRecognitions(actor, filters)]);
  return (
    <section aria-labelledby="list-title" className="space-y-3">
      <h2 id="list-title" className="text-lg font-semibold">
        {t("count", { total: list.total })}
      </h2>
      {list.rows.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="staff-recognitions">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-2">
                {t("company")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("tier")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("status")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("validUntil")}
              </th>
              <th scope="col" className="py-2">
                {t("attention")}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-2 text-left font-normal">
                  <Link className="underline" href={`/staff/recognitions/${row.id}`}>
                    {locale === "en" && row.company.nameEn ? row.company.nameEn : row.company.nameZh}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {row.company.creditCode} · {row.certificateNo}
                  </span>
                </th>
                <td className="py-2 pr-2">{pick(TIER_LABELS[row.tier], locale)}</td>
                <td className="py-2 pr-2">
                  <RecognitionStatusBadge status={row.status} locale={locale} />
                </td>
                <td className="py-2 pr-2">{formatDay(row.validUntil, locale)}</td>
                <td className="space-x-1 py-2">
                  {row.flaggedAt && (
                    <span className="rounded bg-amber-100 px-1 text-amber-900" data-testid="flag-badge">
                      {t("flagged")}
                    </span>
                  )}
                  {row.overdue && <span className="rounded bg-red-100 px-1 text-red-900">{t("overdueShort", { year: list.dataYear })}</span>}
                  {row.rereviewRightLost && <span className="rounded bg-slate-100 px-1">{t("rereviewLost")}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={filters.page} size={filters.size} total={list.total} locale={locale} href={(p) => listHref(PATH, current, { page: p })} />
    </section>
  );
}

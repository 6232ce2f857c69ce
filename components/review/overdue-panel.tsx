import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LEVEL_STATUS } from "@/lib/domain/review-timing/level-timing";
import { type QueueFilters, queueHref } from "@/lib/review/queue-filters";
import type { OverdueCounts } from "@/lib/services/review/overdue-counts";
import { StatusChart } from "./status-chart";

const BASE: QueueFilters = { status: "all", assigned: "any", sort: "due", dir: "asc", page: 1, size: 20 };

/**
 * Files past their level's due date and soon due, per level, with links to the queue filtered
 * to them; for a province or the ministry, the overdue files of each city or province as bars
 * and, for screen readers and exact figures, as a table.
 */
export async function OverduePanel({ counts }: { counts: OverdueCounts }) {
  const [t, locale] = await Promise.all([getTranslations("review.dashboard"), getLocale()]);
  const areaTitle = counts.areaKind === "city" ? t("byCity") : t("byProvince");
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("overdueLead")}</p>
      <table className="w-full max-w-xl border-collapse text-left" data-testid="overdue-by-level">
        <caption className="sr-only">{t("overdueCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4">
              {t("level")}
            </th>
            <th scope="col" className="py-1 pr-4 text-right">
              {t("overdue")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("dueSoon")}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.levels.map((level) => (
            <tr key={level} className="border-b border-slate-200" data-level={level}>
              <th scope="row" className="py-1 pr-4 font-normal">
                {t(`levels.${level}`)}
              </th>
              <td className="py-1 pr-4 text-right tabular-nums" data-testid="overdue-count">
                <Link href={queueHref(BASE, { status: LEVEL_STATUS[level], due: "overdue" })} className="text-brand-600 underline">
                  {counts.byLevel[level].overdue}
                </Link>
              </td>
              <td className="py-1 text-right tabular-nums" data-testid="due-soon-count">
                <Link href={queueHref(BASE, { status: LEVEL_STATUS[level], due: "soon" })} className="text-brand-600 underline">
                  {counts.byLevel[level].dueSoon}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {counts.areaKind && (
        <section aria-labelledby="overdue-area-title" className="space-y-3">
          <h3 id="overdue-area-title" className="text-lg font-semibold">
            {areaTitle}
          </h3>
          {counts.byArea.length === 0 ? (
            <p className="text-slate-600">{t("overdueNone")}</p>
          ) : (
            <div className="grid gap-6 md:grid-cols-2">
              <StatusChart
                bars={counts.byArea.slice(0, 20).map((area) => ({ status: area.code, label: locale === "en" ? area.nameEn : area.nameZh, count: area.total }))}
              />
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm" data-testid="overdue-by-area">
                  <caption className="sr-only">{areaTitle}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-1 pr-4">
                        {t("area")}
                      </th>
                      {counts.levels.map((level) => (
                        <th key={level} scope="col" className="py-1 pr-4 text-right">
                          {t(`levels.${level}`)}
                        </th>
                      ))}
                      <th scope="col" className="py-1 text-right">
                        {t("areaTotal")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {counts.byArea.map((area) => (
                      <tr key={area.code} className="border-b border-slate-200" data-area={area.code}>
                        <th scope="row" className="py-1 pr-4 font-normal">
                          {locale === "en" ? area.nameEn : area.nameZh}
                        </th>
                        {counts.levels.map((level) => (
                          <td key={level} className="py-1 pr-4 text-right tabular-nums">
                            {area.overdue[level] ?? 0}
                          </td>
                        ))}
                        <td className="py-1 text-right font-semibold tabular-nums">{area.total}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

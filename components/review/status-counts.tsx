import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { QUEUE_STATUSES, type QueueFilters, queueHref } from "@/lib/review/queue-filters";
import type { StatusCounts as Counts } from "@/lib/services/review/status-counts";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";
import { pick } from "./bilingual";
import { StatusChart } from "./status-chart";

const BASE: QueueFilters = { status: "all", assigned: "any", sort: "submitted", dir: "asc", page: 1, size: 20 };

/** Files of the official's jurisdiction by status: a chart, and the same numbers in a table linking to the queue. */
export async function StatusCounts({ counts }: { counts: Counts }) {
  const [t, locale] = await Promise.all([getTranslations("review.dashboard"), getLocale()]);
  const rows = QUEUE_STATUSES.map((status) => ({ status, label: pick(APPLICATION_STATUS_LABELS[status], locale), count: counts[status] }));
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <StatusChart bars={rows} />
      <table className="w-full border-collapse text-left" data-testid="status-counts">
        <caption className="sr-only">{t("countsCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4">
              {t("status")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.status} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-4 font-normal">
                <Link href={queueHref(BASE, { status: row.status })} className="text-brand-600 underline">
                  {row.label}
                </Link>
              </th>
              <td className="py-1 text-right tabular-nums" data-status={row.status}>
                {row.count}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="py-1 pr-4 text-left">
              <Link href={queueHref(BASE, { status: "all" })} className="text-brand-600 underline">
                {t("total")}
              </Link>
            </th>
            <td className="py-1 text-right font-semibold tabular-nums">{counts.all}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

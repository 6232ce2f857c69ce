import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { QUEUE_STATUSES, queueHref, type QueueFilters } from "@/lib/review/queue-filters";
import type { StatusCounts } from "@/lib/services/review/status-counts";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";
import { pick } from "./bilingual";

/** The queue's status tabs with the number of files in each; the current one is marked for assistive technology. */
export async function StatusTabs({ filters, counts }: { filters: QueueFilters; counts: StatusCounts }) {
  const [t, locale] = await Promise.all([getTranslations("review.queue"), getLocale()]);
  const tabs = [
    { status: "all" as const, label: t("allStatuses"), count: counts.all },
    ...QUEUE_STATUSES.map((status) => ({ status, label: pick(APPLICATION_STATUS_LABELS[status], locale), count: counts[status] })),
  ];
  return (
    <nav aria-label={t("statusTabs")}>
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const current = filters.status === tab.status;
          return (
            <li key={tab.status}>
              <Link
                href={queueHref(filters, { status: tab.status })}
                aria-current={current ? "page" : undefined}
                data-testid={`status-tab-${tab.status}`}
                className={`inline-block rounded-full border px-3 py-1 text-sm ${current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-brand-700 hover:bg-brand-50"}`}
              >
                {tab.label} <span className="tabular-nums">({tab.count})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/review/pagination";
import { QueueFiltersForm } from "@/components/review/queue-filters-form";
import { QueueTable } from "@/components/review/queue-table";
import { StatusTabs } from "@/components/review/status-tabs";
import { bulkDecideApplicationsAction } from "@/lib/actions/review/bulk-decide-applications";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { parseQueueFilters, queueHref, type SearchParams } from "@/lib/review/queue-filters";
import { listQueue } from "@/lib/services/review/list-queue";
import { queueFilterOptions } from "@/lib/services/review/queue-options";
import { AWAITING_STATUS, requireStaff } from "@/lib/services/review/review-scope";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.queue");
  return { title: t("title") };
}

/** The review queue of the official's level and jurisdiction; every view is a URL. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission("queue:read");
  requireStaff(actor);
  const awaitingStatus = AWAITING_STATUS[actor.role];
  const filters = parseQueueFilters(await searchParams, awaitingStatus);
  const [t, queue, options] = await Promise.all([getTranslations("review.queue"), listQueue(actor, filters), queueFilterOptions(actor)]);
  // The page actually shown (the last one when the link asked beyond the end).
  const shown = { ...filters, page: queue.page };
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-600">{t("lead")}</p>
      </div>
      <StatusTabs filters={shown} counts={queue.counts} />
      <QueueFiltersForm key={`filters ${queueHref(shown)}`} filters={shown} choices={options} awaitingStatus={awaitingStatus} />
      <p role="status" className="font-medium" data-testid="result-count">
        {t("resultCount", { total: queue.total })}
      </p>
      {/* Rendered even when empty, so the results of a bulk decision that emptied the page stay visible. */}
      <QueueTable
        key={`table ${queueHref(shown)}`}
        rows={queue.rows}
        filters={shown}
        page={queue.page}
        pageCount={queue.pageCount}
        bulkAction={bulkDecideApplicationsAction}
      />
      <Pagination filters={shown} page={queue.page} pageCount={queue.pageCount} />
    </div>
  );
}

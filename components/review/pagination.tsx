import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { queueHref, type QueueFilters } from "@/lib/review/queue-filters";

/** Previous / next links through the queue; the URL carries the page like every other filter. */
export async function Pagination({ filters, page, pageCount }: { filters: QueueFilters; page: number; pageCount: number }) {
  const t = await getTranslations("review.queue");
  const link = "rounded border border-slate-300 px-3 py-1 text-brand-700 hover:bg-brand-50";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3" data-testid="pagination">
      {page > 1 ? (
        <Link href={queueHref(filters, { page: page - 1 })} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span className="px-3 py-1 text-slate-500" aria-hidden="true">
          {t("previous")}
        </span>
      )}
      <span aria-current="page" data-testid="page-indicator">
        {t("pageOf", { page, pageCount })}
      </span>
      {page < pageCount ? (
        <Link href={queueHref(filters, { page: page + 1 })} className={link} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span className="px-3 py-1 text-slate-500" aria-hidden="true">
          {t("next")}
        </span>
      )}
    </nav>
  );
}

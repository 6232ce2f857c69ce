import Link from "next/link";

/** Previous / next links for a paged list; the page number travels in the query string. */
export function Pagination(props: {
  page: number;
  pageSize: number;
  total: number;
  href: (page: number) => string;
  labels: { previous: string; next: string; status: string };
}) {
  const { page, pageSize, total, href, labels } = props;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.status} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline">
          {labels.previous}
        </Link>
      ) : (
        <span className="text-slate-500">{labels.previous}</span>
      )}
      <span aria-current="page">{labels.status}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="text-brand-700 underline">
          {labels.next}
        </Link>
      ) : (
        <span className="text-slate-500">{labels.next}</span>
      )}
    </nav>
  );
}

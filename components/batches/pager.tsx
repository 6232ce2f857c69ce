import Link from "next/link";

/** Previous/next links that keep every other search parameter, so a paged list stays shareable. */
export function Pager({
  page,
  pageCount,
  params,
  labels,
  basePath,
}: {
  page: number;
  pageCount: number;
  params: URLSearchParams;
  labels: { previous: string; next: string; page: string; nav: string };
  basePath: string;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const next = new URLSearchParams(params);
    if (p === 1) next.delete("page");
    else next.set("page", String(p));
    const query = next.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav aria-label={labels.nav} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="text-brand-700 underline" rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span className="text-slate-500">{labels.previous}</span>
      )}
      <span aria-current="page">{labels.page}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="text-brand-700 underline" rel="next">
          {labels.next}
        </Link>
      ) : (
        <span className="text-slate-500">{labels.next}</span>
      )}
    </nav>
  );
}

import Link from "next/link";
import { pick } from "./labels";

/** Previous/next links with the position, for every paginated list of this area. */
export function Pagination({ page, size, total, href, locale }: { page: number; size: number; total: number; href: (page: number) => string; locale: string }) {
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav aria-label={pick({ zh: "分页", en: "Pagination" }, locale)} className="flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="underline" rel="prev">
          {pick({ zh: "上一页", en: "Previous" }, locale)}
        </Link>
      ) : (
        <span className="text-slate-500" aria-disabled="true">
          {pick({ zh: "上一页", en: "Previous" }, locale)}
        </span>
      )}
      <span aria-current="page">{pick({ zh: `第${page}页，共${pages}页（${total}条）`, en: `Page ${page} of ${pages} (${total})` }, locale)}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="underline" rel="next">
          {pick({ zh: "下一页", en: "Next" }, locale)}
        </Link>
      ) : (
        <span className="text-slate-500" aria-disabled="true">
          {pick({ zh: "下一页", en: "Next" }, locale)}
        </span>
      )}
    </nav>
  );
}

import { getTranslations } from "next-intl/server";

/** Searches within one batch's list of firms (GET, so the search is part of the URL). */
export async function ListSearchForm({ q }: { q: string | undefined }) {
  const t = await getTranslations("batches");
  return (
    <form method="get" role="search" className="flex items-end gap-2">
      <div>
        <label htmlFor="q" className="block text-sm font-medium">
          {t("searchList")}
        </label>
        <input id="q" name="q" defaultValue={q ?? ""} className="rounded border border-slate-400 px-2 py-1" />
      </div>
      <button className="rounded bg-brand-700 px-3 py-1 text-white">{t("search")}</button>
    </form>
  );
}

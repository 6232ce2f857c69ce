import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentLang, text } from "@/components/batches/locale";
import { Pager } from "@/components/batches/pager";
import { announcedBatches, batchBrowseSchema } from "@/lib/services/register/announced-batches";
import { TIER_LABELS } from "@/lib/domain/register/labels";
import { REGISTER_TIERS } from "@/lib/domain/register/register-query";

export default async function AnnouncedBatchesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filters = batchBrowseSchema.parse({ authority: raw.authority, tier: raw.tier, year: raw.year, page: raw.page });
  const [t, lang, result] = await Promise.all([getTranslations("register"), currentLang(), announcedBatches(filters)]);
  const params = new URLSearchParams(
    Object.entries({ authority: filters.authority, tier: filters.tier, year: filters.year?.toString() }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  return (
    <div className="space-y-6">
      <div>
        <Link href="/register" className="text-sm text-brand-700 underline">
          {t("searchRegister")}
        </Link>
        <h1 className="text-2xl font-bold text-brand-800">{t("batchesTitle")}</h1>
        <p className="text-slate-700">{t("batchesIntro")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="authority" className="block text-sm font-medium">
            {t("authority")}
          </label>
          <select id="authority" name="authority" defaultValue={filters.authority ?? ""} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("any")}</option>
            {result.authorities.map((a) => (
              <option key={a.code} value={a.code}>
                {text(a.name, lang)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tier" className="block text-sm font-medium">
            {t("tier")}
          </label>
          <select id="tier" name="tier" defaultValue={filters.tier ?? ""} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("any")}</option>
            {REGISTER_TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {text(TIER_LABELS[tier], lang)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="year" className="block text-sm font-medium">
            {t("year")}
          </label>
          <select id="year" name="year" defaultValue={filters.year ?? ""} className="rounded border border-slate-400 px-2 py-1">
            <option value="">{t("any")}</option>
            {result.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button className="rounded bg-brand-700 px-3 py-1 text-white">{t("search")}</button>
      </form>
      <p aria-live="polite">{t("results", { total: result.total })}</p>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b text-left">
            <th className="p-2">{t("batchList")}</th>
            <th className="p-2">{t("authority")}</th>
            <th className="p-2">{t("tier")}</th>
            <th className="p-2">{t("year")}</th>
            <th className="p-2">{t("announcedOn")}</th>
            <th className="p-2">{t("count")}</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((b) => (
            <tr key={b.id} className="border-b">
              <td className="p-2">
                <Link href={`/register/batches/${b.id}`} className="text-brand-700 underline">
                  {lang === "en" ? b.titleEn : b.titleZh}
                </Link>
              </td>
              <td className="p-2">{text(b.authority, lang)}</td>
              <td className="p-2">{text(TIER_LABELS[b.tier], lang)}</td>
              <td className="p-2">{b.year}</td>
              <td className="p-2">{b.announcedOn ?? "—"}</td>
              <td className="p-2">{b.firms}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        page={result.page}
        pageCount={result.pageCount}
        params={params}
        basePath="/register/batches"
        labels={{ previous: t("previous"), next: t("next"), page: t("page", { page: result.page, pages: result.pageCount }), nav: t("pagination") }}
      />
    </div>
  );
}

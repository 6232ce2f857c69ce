import { FilterForm, FilterSelect } from "@/components/layout/filter-form";
import { chinaYear } from "@/lib/calendar/today";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { eventLabel, formatDay, pick, reasonLabel, TIER_LABELS } from "@/components/recognitions/labels";
import { Pagination } from "@/components/recognitions/pagination";
import { CHINA_PROVINCES } from "@/lib/regions";
import { DB_TIERS, EXIT_REASON_FILTERS, listHref, parseExitFilters } from "@/lib/domain/recognitions/list-filters";
import { listExits } from "@/lib/services/recognitions/list-exits";

export async function generateMetadata() {
  const t = await getTranslations("recognitions.exits");
  return { title: t("title") };
}

const PATH = "/exits";
const provinceName = (code: string, locale: string) => {
  const province = CHINA_PROVINCES.find((p) => p.code === code);
  return province ? (locale === "en" ? province.nameEn : province.nameZh) : code;
};

/** Public: titles that were revoked or expired, with filters and pagination (no sign-in). */
export default async function ExitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseExitFilters(await searchParams);
  const [t, locale, list] = await Promise.all([getTranslations("recognitions.exits"), getLocale(), listExits(filters)]);
  const current = { tier: filters.tier, province: filters.province, year: filters.year, reason: filters.reason, kind: filters.kind, size: filters.size };
  const thisYear = chinaYear();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <FilterForm action={PATH} label={t("filters")} submitLabel={t("apply")}>
        <FilterSelect
          name="kind"
          label={t("kind")}
          defaultValue={filters.kind}
          allLabel={t("any")}
          options={(["revoked", "expired"] as const).map((kind) => ({ value: kind, label: eventLabel(kind, locale) }))}
        />
        <FilterSelect
          name="tier"
          label={t("tier")}
          defaultValue={filters.tier}
          allLabel={t("any")}
          options={DB_TIERS.map((tier) => ({ value: tier, label: pick(TIER_LABELS[tier], locale) }))}
        />
        <FilterSelect
          name="province"
          label={t("province")}
          defaultValue={filters.province}
          allLabel={t("any")}
          options={CHINA_PROVINCES.map((p) => ({ value: p.code, label: locale === "en" ? p.nameEn : p.nameZh }))}
        />
        <FilterSelect
          name="year"
          label={t("year")}
          defaultValue={filters.year ? String(filters.year) : undefined}
          allLabel={t("any")}
          options={Array.from({ length: thisYear - 2018 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))}
        />
        <FilterSelect
          name="reason"
          label={t("reason")}
          defaultValue={filters.reason}
          allLabel={t("any")}
          options={EXIT_REASON_FILTERS.map((r) => ({ value: r, label: reasonLabel(r, locale) ?? r }))}
        />
      </FilterForm>
      <section aria-labelledby="exits-count" className="space-y-3">
        <h2 id="exits-count" className="text-lg font-semibold">
          {t("count", { total: list.total })}
        </h2>
        {list.rows.length === 0 ? (
          <p className="text-slate-600">{t("none")}</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="exits">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-2">
                  {t("company")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("tier")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("province")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("kind")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("date")}
                </th>
                <th scope="col" className="py-2">
                  {t("reason")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.eventId} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    <Link className="underline" href={`/register/companies/${row.company.creditCode}`}>
                      {locale === "en" && row.company.nameEn ? row.company.nameEn : row.company.nameZh}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {row.company.creditCode} · {row.certificateNo}
                    </span>
                  </th>
                  <td className="py-2 pr-2">{pick(TIER_LABELS[row.tier], locale)}</td>
                  <td className="py-2 pr-2">{provinceName(row.provinceCode, locale)}</td>
                  <td className="py-2 pr-2">{eventLabel(row.kind, locale)}</td>
                  <td className="py-2 pr-2">{formatDay(row.occurredOn, locale)}</td>
                  <td className="py-2">{reasonLabel(row.reasonCategory, locale) ?? (row.kind === "expired" ? reasonLabel("validity_ended", locale) : "—")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination page={filters.page} size={filters.size} total={list.total} locale={locale} href={(p) => listHref(PATH, current, { page: p })} />
      </section>
    </div>
  );
}

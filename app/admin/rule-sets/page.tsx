import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pickText } from "@/components/eligibility/pick-text";
import { ListPageHeader } from "@/components/layout/list-page-header";
import { FilterForm, FilterSelect } from "@/components/layout/filter-form";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { prisma } from "@/lib/db/client";
import { TIERS } from "@/lib/rules";
import { listRuleSets, ruleSetFiltersSchema } from "@/lib/services/rule-sets/list-rule-sets";
import { ruleSetsHref } from "./href";
import { RuleSetStatusBadge } from "./status-badge";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ruleSets"))("title") };
}

const STATUSES = ["draft", "scheduled", "in-force", "retired"] as const;

/** Rule sets an administrator may see, filtered by tier, region and status, paginated. */
export default async function RuleSetsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("ruleset:manage");
  const [t, locale, params] = await Promise.all([getTranslations("ruleSets"), getLocale(), searchParams]);
  const filters = ruleSetFiltersSchema.parse(Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string")));
  const list = await listRuleSets(actor, filters);
  // The regions that have rule sets the actor can see (national plus provinces), for the filter.
  const regionCodes = await (
    await prisma()
  ).ruleSet.findMany({
    where: actor.jurisdictionCode ? { regionCode: actor.jurisdictionCode } : { regionCode: { not: null } },
    select: { regionCode: true },
    distinct: ["regionCode"],
  });
  const regions = await (
    await prisma()
  ).region.findMany({
    where: { code: { in: regionCodes.flatMap((r) => (r.regionCode ? [r.regionCode] : [])) } },
    select: { code: true, nameZh: true, nameEn: true },
  });
  const regionName = (code: string | null) => {
    if (!code) return t("filters.national");
    const region = regions.find((r) => r.code === code);
    return region ? (locale === "en" ? region.nameEn : region.nameZh) : code;
  };

  return (
    <div className="space-y-6">
      <ListPageHeader title={t("title")} lead={t("lead")} />
      <FilterForm label={t("filters.label")} submitLabel={t("filters.apply")}>
        <FilterSelect
          name="tier"
          label={t("filters.tier")}
          defaultValue={filters.tier}
          allLabel={t("filters.all")}
          options={TIERS.map((tier) => ({ value: tier, label: t(`tiers.${tier}`) }))}
        />
        <FilterSelect
          name="region"
          label={t("filters.region")}
          defaultValue={filters.region}
          allLabel={t("filters.all")}
          options={[
            { value: "national", label: t("filters.national") },
            ...regions.map((r) => ({ value: r.code, label: locale === "en" ? r.nameEn : r.nameZh })),
          ]}
        />
        <FilterSelect
          name="status"
          label={t("filters.status")}
          defaultValue={filters.status}
          allLabel={t("filters.all")}
          options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </FilterForm>

      {list.rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="rule-set-table">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-xs text-slate-700">
                <th scope="col" className="py-2 pr-3">
                  {t("columns.title")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.tier")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.edition")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.region")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.status")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.effectiveFrom")}
                </th>
                <th scope="col" className="py-2">
                  {t("columns.access")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100 align-top" data-testid={`rule-set-${row.code}-${row.revision}`}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/admin/rule-sets/${row.id}`} className="text-brand-700 underline">
                      {pickText(row.title, locale)}
                    </Link>
                    <span className="block font-mono text-xs text-slate-600">
                      {row.code} · r{row.revision}
                    </span>
                  </th>
                  <td className="py-2 pr-3">{t(`tiers.${row.tier}`)}</td>
                  <td className="py-2 pr-3">{row.edition}</td>
                  <td className="py-2 pr-3">{regionName(row.regionCode)}</td>
                  <td className="py-2 pr-3">
                    <RuleSetStatusBadge status={row.status} />
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{row.effectiveFrom ?? "—"}</td>
                  <td className="py-2">{row.canManage ? t("manage") : t("readOnly")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pagination.label")} className="flex flex-wrap items-center gap-3 text-sm">
        {list.page > 1 && (
          <Link href={ruleSetsHref(filters, { page: list.page - 1 })} rel="prev" className="rounded border border-slate-300 px-3 py-1 text-brand-700">
            {t("pagination.previous")}
          </Link>
        )}
        <span aria-current="page">{t("pagination.page", { page: list.page, pages: list.pages, total: list.total })}</span>
        {list.page < list.pages && (
          <Link href={ruleSetsHref(filters, { page: list.page + 1 })} rel="next" className="rounded border border-slate-300 px-3 py-1 text-brand-700">
            {t("pagination.next")}
          </Link>
        )}
      </nav>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ListPageHeader } from "@/components/layout/list-page-header";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/layout/filter-form";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { Pagination } from "@/components/recognitions/pagination";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { chinaDateTime } from "@/lib/calendar/today";
import { ACCOUNT_STATES, accountFiltersSchema } from "@/lib/domain/accounts/account-admin-input";
import { ACCOUNT_PAGE_SIZE, listAccounts } from "@/lib/services/accounts/list-accounts";
import { jurisdictionLabel, placementChoices } from "@/lib/services/accounts/placement-options";
import { accountsHref } from "./href";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("title") };
}

/** The accounts an administrator manages: search, filters by role, state and jurisdiction, pages. */
export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("account:manage");
  const [t, locale, params] = await Promise.all([getTranslations("accounts"), getLocale(), searchParams]);
  const filters = accountFiltersSchema.parse(Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string")));
  const list = await listAccounts(actor, filters);
  const choices = placementChoices(actor, locale);
  const jurisdictions = [...new Map(choices.flatMap((c) => c.options).map((o) => [o.code, o])).values()];
  return (
    <div className="space-y-6">
      <ListPageHeader title={t("title")} lead={t("lead")} add={{ href: "/admin/users/new", label: t("invite") }} />
      <FilterForm label={t("filters.label")} submitLabel={t("filters.apply")}>
        <FilterSearch name="q" label={t("filters.q")} defaultValue={filters.q} />
        <FilterSelect
          name="role"
          label={t("filters.role")}
          defaultValue={filters.role}
          allLabel={t("filters.all")}
          options={choices.map((c) => ({ value: c.role, label: t(`roles.${c.role}`) }))}
        />
        <FilterSelect
          name="state"
          label={t("filters.state")}
          defaultValue={filters.state}
          allLabel={t("filters.all")}
          options={ACCOUNT_STATES.map((s) => ({ value: s, label: t(`states.${s}`) }))}
        />
        {jurisdictions.length > 0 && (
          <FilterSelect
            name="jurisdiction"
            label={t("filters.jurisdiction")}
            defaultValue={filters.jurisdiction}
            allLabel={t("filters.all")}
            options={jurisdictions.map((o) => ({ value: o.code, label: o.label }))}
          />
        )}
      </FilterForm>

      {list.rows.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("title")}>
          <table className="w-full border-collapse text-left text-sm" data-testid="account-table">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-xs text-slate-700">
                <th scope="col" className="py-2 pr-3">
                  {t("columns.name")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.role")}
                </th>
                <th scope="col" className="hidden py-2 pr-3 sm:table-cell">
                  {t("columns.jurisdiction")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("columns.state")}
                </th>
                <th scope="col" className="hidden py-2 pr-3 md:table-cell">
                  {t("columns.lastSignIn")}
                </th>
                <th scope="col" className="hidden py-2 md:table-cell">
                  {t("columns.twoFactor")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-100 align-top" data-testid={`account-${row.email}`}>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/admin/users/${row.id}`} className="text-brand-700 underline">
                      {row.name}
                    </Link>
                    <span className="block text-xs break-all text-slate-600">{row.email}</span>
                  </th>
                  <td className="py-2 pr-3">
                    {t(`roles.${row.role}`)}
                    <span className="block text-xs text-slate-600 sm:hidden">{jurisdictionLabel(row.jurisdictionCode, locale) ?? t("national")}</span>
                  </td>
                  <td className="hidden py-2 pr-3 sm:table-cell">{jurisdictionLabel(row.jurisdictionCode, locale) ?? t("national")}</td>
                  <td className="py-2 pr-3" data-state={row.state}>
                    {t(`states.${row.state}`)}
                  </td>
                  <td className="hidden py-2 pr-3 tabular-nums md:table-cell">{row.lastSignInAt ? chinaDateTime(row.lastSignInAt) : t("never")}</td>
                  <td className="hidden py-2 md:table-cell">{row.twoFactor ? t("twoFactor.on") : t("twoFactor.off")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pagination page={list.page} size={ACCOUNT_PAGE_SIZE} total={list.total} href={(page) => accountsHref(filters, { page })} locale={locale} />
    </div>
  );
}

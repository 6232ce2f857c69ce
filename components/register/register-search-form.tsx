import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { text, type Lang } from "@/components/batches/locale";
import { INDUSTRIES } from "@/lib/demo/industries";
import { CHINA_PROVINCES } from "@/lib/regions";
import { PUBLIC_STATUS_LABELS, TIER_LABELS } from "@/lib/domain/register/labels";
import { PAGE_SIZES, PUBLIC_STATUSES, REGISTER_SORTS, REGISTER_TIERS, type RegisterQuery } from "@/lib/domain/register/register-query";

/**
 * The search as a plain GET form: submitting puts every criterion in the URL, so each search
 * is a link that can be bookmarked and shared, and it works without JavaScript.
 */
export async function RegisterSearchForm({
  query,
  lang,
  action,
  hidden = {},
}: {
  query: RegisterQuery;
  lang: Lang;
  action: string;
  hidden?: Record<string, string>;
}) {
  const t = await getTranslations("register");
  const select = "w-full rounded border border-slate-400 px-2 py-1";
  return (
    <form
      method="get"
      action={action}
      role="search"
      className="grid gap-3 rounded border border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-4"
      data-testid="register-search"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="sm:col-span-2">
        <label htmlFor="q" className="block text-sm font-medium">
          {t("q")}
        </label>
        <input id="q" name="q" defaultValue={query.q ?? ""} className={select} maxLength={100} />
      </div>
      <div>
        <label htmlFor="tier" className="block text-sm font-medium">
          {t("tier")}
        </label>
        <select id="tier" name="tier" defaultValue={query.tier ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {REGISTER_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {text(TIER_LABELS[tier], lang)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="status" className="block text-sm font-medium">
          {t("status")}
        </label>
        <select id="status" name="status" defaultValue={query.status ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {PUBLIC_STATUSES.map((status) => (
            <option key={status} value={status}>
              {text(PUBLIC_STATUS_LABELS[status], lang)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="province" className="block text-sm font-medium">
          {t("province")}
        </label>
        <select id="province" name="province" defaultValue={query.province ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {CHINA_PROVINCES.map((p) => (
            <option key={p.code} value={p.code}>
              {lang === "en" ? p.nameEn : p.nameZh}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="city" className="block text-sm font-medium">
          {t("city")}
        </label>
        <input id="city" name="city" defaultValue={query.city ?? ""} inputMode="numeric" pattern="\d{6}" className={select} />
      </div>
      <div>
        <label htmlFor="industry" className="block text-sm font-medium">
          {t("industry")}
        </label>
        <select id="industry" name="industry" defaultValue={query.industry ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {INDUSTRIES.map((i) => (
            <option key={i.code} value={i.code}>
              {i.code} {lang === "en" ? i.nameEn : i.nameZh}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="year" className="block text-sm font-medium">
          {t("year")}
        </label>
        <input id="year" name="year" type="number" min={2000} max={2100} defaultValue={query.year ?? ""} className={select} />
      </div>
      <div>
        <label htmlFor="sort" className="block text-sm font-medium">
          {t("sort")}
        </label>
        <select id="sort" name="sort" defaultValue={query.sort} className={select}>
          {REGISTER_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort_${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="dir" className="block text-sm font-medium">
          {t("direction")}
        </label>
        <select id="dir" name="dir" defaultValue={query.dir} className={select}>
          <option value="desc">{t("dir_desc")}</option>
          <option value="asc">{t("dir_asc")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="pageSize" className="block text-sm font-medium">
          {t("pageSize")}
        </label>
        <select id="pageSize" name="pageSize" defaultValue={String(query.pageSize)} className={select}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
          {t("search")}
        </button>
        <Link href={action} className="text-brand-700 underline">
          {t("reset")}
        </Link>
        <p className="text-sm text-slate-600">{t("shareHint")}</p>
      </div>
    </form>
  );
}

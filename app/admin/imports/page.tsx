import { getLocale, getTranslations } from "next-intl/server";
import { ImportForm, type ImportNames } from "@/components/batches/import-form";
import { AUTHORITY_MIIT, TIER_LABELS } from "@/lib/domain/register/labels";
import { CHINA_PROVINCES } from "@/lib/regions";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { IMPORT_TEMPLATE_HEADER } from "@/lib/services/imports/parse-published-list";

export default async function ImportsPage() {
  await requirePagePermission("import:run");
  const [t, locale] = await Promise.all([getTranslations("imports"), getLocale()]);
  const say = (text: { zh: string; en: string }) => (locale === "en" ? text.en : text.zh);
  const keys = [
    "file",
    "dryRun",
    "commit",
    "working",
    "reportTitle",
    "committed",
    "notCommitted",
    "line",
    "field",
    "message",
    "batches",
    "batchExists",
    "batchNew",
    "total",
    "valid",
    "toCreate",
    "companies",
    "already",
    "errors",
    "warnings",
  ] as const;
  // The counts are filled in by the form ({count} stays a placeholder here).
  const labels = Object.fromEntries(keys.map((k) => [k, t.raw(k) as string])) as Record<(typeof keys)[number], string>;
  // The report names columns, tiers and authorities by key; the reader sees their names.
  const fieldKeys = ["name", "creditCode", "province", "city", "industry", "tier", "batch", "year", "announcedOn", "header", "duplicate", "file"] as const;
  const names: ImportNames = {
    fields: Object.fromEntries(fieldKeys.map((k) => [k, t(`fields.${k}`)])),
    tiers: Object.fromEntries(Object.entries(TIER_LABELS).map(([tier, label]) => [tier, say(label)])),
    authorities: { "": say(AUTHORITY_MIIT), ...Object.fromEntries(CHINA_PROVINCES.map((p) => [p.code, locale === "en" ? p.nameEn : p.nameZh])) },
    batchLine: t.raw("batchLine") as string,
  };
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="text-sm text-slate-700">{t("columns")}</p>
        <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-sm">{IMPORT_TEMPLATE_HEADER}</pre>
      </div>
      <ImportForm labels={labels} names={names} />
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/batches/import-form";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { IMPORT_TEMPLATE_HEADER } from "@/lib/services/imports/parse-published-list";

export default async function ImportsPage() {
  await requirePagePermission("import:run");
  const t = await getTranslations("imports");
  const keys = ["file", "dryRun", "commit", "working", "reportTitle", "committed", "notCommitted", "line", "field", "message", "batches", "batchExists", "batchNew", "total", "valid", "toCreate", "companies", "already", "errors", "warnings"] as const;
  // The counts are filled in by the form ({count} stays a placeholder here).
  const labels = Object.fromEntries(keys.map((k) => [k, t.raw(k) as string])) as Record<(typeof keys)[number], string>;
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="text-sm text-slate-700">{t("columns")}</p>
        <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-sm">{IMPORT_TEMPLATE_HEADER}</pre>
      </div>
      <ImportForm labels={labels} />
    </div>
  );
}

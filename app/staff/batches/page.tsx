import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/batches/action-form";
import { currentLang, text } from "@/components/batches/locale";
import { Pager } from "@/components/batches/pager";
import { createBatchAction } from "@/lib/actions/batches/create-batch";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { listManageableProgrammes } from "@/lib/services/batches/create-batch";
import { batchListFiltersSchema, listBatches } from "@/lib/services/batches/list-batches";
import { isoOf } from "@/lib/calendar/today";
import { TIER_LABELS } from "@/lib/domain/register/labels";
import { BATCH_STATUS_LABELS, BATCH_STATUSES } from "@/lib/workflow/batch-lifecycle";

export default async function BatchesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("batch:manage");
  const raw = await searchParams;
  const filters = batchListFiltersSchema.parse({ status: raw.status, year: raw.year, page: raw.page });
  const [t, lang, list, programmes] = await Promise.all([
    getTranslations("batches"),
    currentLang(),
    listBatches(actor, filters),
    listManageableProgrammes(actor),
  ]);
  const params = new URLSearchParams();
  if (filters.status !== "all") params.set("status", filters.status);
  if (filters.year) params.set("year", String(filters.year));

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </div>

      <section aria-labelledby="new-batch" className="max-w-xl rounded border border-slate-300 p-4">
        <h2 id="new-batch" className="mb-3 text-lg font-semibold">
          {t("newBatch")}
        </h2>
        {programmes.length === 0 ? (
          <p>{t("noProgrammes")}</p>
        ) : (
          <ActionForm
            action={createBatchAction}
            testId="create-batch"
            submitLabel={t("create")}
            pendingLabel={t("sending")}
            successMessage={t("created")}
            fields={[
              {
                name: "programmeId",
                label: t("programme"),
                type: "select",
                options: programmes.map((p) => ({ value: p.id, label: lang === "en" ? p.nameEn : p.nameZh })),
              },
              { name: "titleZh", label: t("titleZh"), type: "text" },
              { name: "titleEn", label: t("titleEn"), type: "text" },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="batch-list" className="space-y-3">
        <h2 id="batch-list" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="status" className="block text-sm font-medium">
              {t("filterStatus")}
            </label>
            <select id="status" name="status" defaultValue={filters.status} className="rounded border border-slate-400 px-2 py-1">
              <option value="all">{t("all")}</option>
              {BATCH_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {text(BATCH_STATUS_LABELS[s], lang)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="year" className="block text-sm font-medium">
              {t("filterYear")}
            </label>
            <input id="year" name="year" type="number" defaultValue={filters.year ?? ""} className="w-28 rounded border border-slate-400 px-2 py-1" />
          </div>
          <button className="rounded bg-brand-700 px-3 py-1 text-white">{t("filter")}</button>
        </form>
        {list.rows.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("colTitle")}</th>
                <th className="p-2">{t("colTier")}</th>
                <th className="p-2">{t("colYear")}</th>
                <th className="p-2">{t("colStatus")}</th>
                <th className="p-2">{t("colFirms")}</th>
                <th className="p-2">{t("colObjections")}</th>
                <th className="p-2">{t("colNotice")}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((b) => (
                <tr key={b.id} className="border-b">
                  <td className="p-2">
                    <Link href={`/staff/batches/${b.id}`} className="text-brand-700 underline">
                      {lang === "en" ? b.titleEn : b.titleZh}
                    </Link>
                  </td>
                  <td className="p-2">{text(TIER_LABELS[b.tier], lang)}</td>
                  <td className="p-2">{b.year}</td>
                  <td className="p-2">{text(BATCH_STATUS_LABELS[b.status], lang)}</td>
                  <td className="p-2">{b._count.entries}</td>
                  <td className="p-2">{b._count.objections}</td>
                  <td className="p-2">{b.noticeStart && b.noticeEnd ? `${isoOf(b.noticeStart)} – ${isoOf(b.noticeEnd)}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager
          page={list.page}
          pageCount={list.pageCount}
          params={params}
          basePath="/staff/batches"
          labels={{
            previous: t("previous"),
            next: t("next"),
            page: t("page", { page: list.page, pages: list.pageCount }),
            nav: t("page", { page: list.page, pages: list.pageCount }),
          }}
        />
      </section>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentLang, text } from "@/components/batches/locale";
import { RegisterResults } from "@/components/register/register-results";
import { RegisterSearchForm } from "@/components/register/register-search-form";
import { announcedBatch } from "@/lib/services/register/announced-batches";
import { TIER_LABELS } from "@/lib/domain/register/labels";
import { registerQueryFromParams } from "@/lib/domain/register/register-query";
import { searchRegister } from "@/lib/services/register/search-register";
import { isRecordId } from "@/lib/domain/record-id";

/** One announced list: its heading and its firms, searchable like the whole register. */
export default async function AnnouncedBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ batchId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { batchId } = await params;
  if (!isRecordId(batchId)) notFound();
  const batch = await announcedBatch(batchId);
  if (!batch) notFound();
  const query = { ...registerQueryFromParams(await searchParams), batch: batchId };
  const [t, lang, page] = await Promise.all([getTranslations("register"), currentLang(), searchRegister(query)]);
  const basePath = `/register/batches/${batchId}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link href="/register/batches" className="text-sm text-brand-700 underline">
          {t("batchesTitle")}
        </Link>
        <h1 className="text-2xl font-bold text-brand-800">{lang === "en" ? batch.titleEn : batch.titleZh}</h1>
        <p className="text-slate-700">
          {text(batch.authority, lang)} · {text(TIER_LABELS[batch.tier], lang)} · {batch.year} · {t("announcedOn")} {batch.announcedOn} ·{" "}
          {t("firms", { count: batch._count.recognitions })}
        </p>
      </div>
      <RegisterSearchForm query={query} lang={lang} action={basePath} />
      <RegisterResults page={page} query={{ ...query, batch: undefined }} exportQuery={query} lang={lang} basePath={basePath} />
    </div>
  );
}

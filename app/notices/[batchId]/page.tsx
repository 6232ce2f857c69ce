import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListSearchForm } from "@/components/batches/list-search-form";
import { currentLang, text } from "@/components/batches/locale";
import { ObjectionForm } from "@/components/batches/objection-form";
import { Pager } from "@/components/batches/pager";
import { publicNotice } from "@/lib/services/batches/public-notices";
import { issueFormChallenge, MIN_SECONDS_TO_SUBMIT } from "@/lib/http/spam-guard";
import { isoOf } from "@/lib/calendar/today";
import { AUTHORITY_MIIT, TIER_LABELS } from "@/lib/domain/register/labels";
import { regionNames } from "@/lib/services/register/register-rows";
import { isRecordId } from "@/lib/domain/record-id";

export default async function NoticePage({
  params,
  searchParams,
}: {
  params: Promise<{ batchId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { batchId } = await params;
  if (!isRecordId(batchId)) notFound();
  const raw = await searchParams;
  const q = typeof raw.q === "string" ? raw.q.slice(0, 100) : undefined;
  const page = Number(typeof raw.page === "string" ? raw.page : 1) || 1;
  const selected = typeof raw.entry === "string" ? raw.entry : undefined;
  const [t, lang, notice] = await Promise.all([getTranslations("batches"), currentLang(), publicNotice(batchId, { page, q, entryId: selected })]);
  if (!notice) notFound();
  const { batch } = notice;
  const challenge = issueFormChallenge(batch.id);
  const pagerParams = new URLSearchParams(q ? { q } : {});

  return (
    <div className="space-y-6">
      <div>
        <Link href="/notices" className="text-sm text-brand-700 underline">
          {t("notices")}
        </Link>
        <h1 className="text-2xl font-bold text-brand-800">{lang === "en" ? batch.titleEn : batch.titleZh}</h1>
        <p className="text-slate-700">
          {text(batch.authorityCode ? regionNames(batch.authorityCode) : AUTHORITY_MIIT, lang)} · {text(TIER_LABELS[batch.tier], lang)} · {batch.year}
        </p>
        {batch.noticeStart && batch.noticeEnd && (
          <p data-testid="public-notice-period">{t("noticePeriod", { start: isoOf(batch.noticeStart), end: isoOf(batch.noticeEnd) })}</p>
        )}
        {batch.noticeOriginalEnd && batch.noticeExtendedOn && batch.noticeEnd && (
          <p className="font-medium text-accent-600" data-testid="notice-extended">
            {t("noticeExtendedPublic", { end: isoOf(batch.noticeEnd), originalEnd: isoOf(batch.noticeOriginalEnd), on: isoOf(batch.noticeExtendedOn) })}
          </p>
        )}
        <p className="text-sm">
          <Link href="/notices/objections/status" className="text-brand-700 underline">
            {t("followObjection")}
          </Link>
        </p>
      </div>

      <section aria-labelledby="firms" className="space-y-3">
        <h2 id="firms" className="text-lg font-semibold">
          {t("firmsOnNotice", { count: notice.total })}
        </h2>
        <ListSearchForm q={q} />
        <table className="w-full border-collapse text-sm" data-testid="notice-entries">
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">{t("colCompany")}</th>
              <th className="p-2">{t("colCode")}</th>
              {notice.open && <th className="p-2">{t("colAction")}</th>}
            </tr>
          </thead>
          <tbody>
            {notice.entries.map((e) => (
              <tr key={e.id} className="border-b">
                <td className="p-2">{e.nameZh}</td>
                <td className="p-2 font-mono">{e.creditCode}</td>
                {notice.open && (
                  <td className="p-2">
                    <Link href={`/notices/${batch.id}?entry=${e.id}${q ? `&q=${encodeURIComponent(q)}` : ""}#object`} className="text-brand-700 underline">
                      {t("objectTitle")}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <Pager
          page={notice.page}
          pageCount={notice.pageCount}
          params={pagerParams}
          basePath={`/notices/${batch.id}`}
          labels={{
            previous: t("previous"),
            next: t("next"),
            page: t("page", { page: notice.page, pages: notice.pageCount }),
            nav: t("firmsOnNotice", { count: notice.total }),
          }}
        />
      </section>

      <section id="object" aria-labelledby="object-title" className="max-w-2xl space-y-3 rounded border border-slate-300 p-4">
        <h2 id="object-title" className="text-lg font-semibold">
          {t("objectTitle")}
        </h2>
        {notice.open ? (
          <>
            <p className="text-sm text-slate-700">{t("objectIntro")}</p>
            <ObjectionForm
              batchId={batch.id}
              firms={notice.choosable.map((e) => ({ id: e.id, label: `${e.nameZh}（${e.creditCode}）` }))}
              selected={selected}
              token={challenge.token}
              question={challenge.question}
              minSecondsToSubmit={MIN_SECONDS_TO_SUBMIT}
              labels={{
                firm: t("objectFirm"),
                chooseFirm: t("chooseFirm"),
                name: t("objectorName"),
                contact: t("objectorContact"),
                reason: t("objectReason"),
                evidence: t("objectEvidence"),
                challenge: t.raw("challenge") as string,
                website: t("website"),
                submit: t("submitObjection"),
                sending: t("sending"),
                received: t("objectionReceived"),
                reference: t("objectionReference"),
                referenceHint: t("objectionReferenceHint"),
                statusLink: t("followObjection"),
              }}
            />
          </>
        ) : (
          <p>{t("objectClosed")}</p>
        )}
      </section>
    </div>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListSearchForm } from "@/components/batches/list-search-form";
import { ActionForm } from "@/components/batches/action-form";
import { currentLang, text } from "@/components/batches/locale";
import { Pager } from "@/components/batches/pager";
import { addBatchEntriesAction } from "@/lib/actions/batches/add-batch-entries";
import { announceBatchAction } from "@/lib/actions/batches/announce-batch";
import { extendNoticeAction } from "@/lib/actions/batches/extend-notice";
import { publishNoticeAction } from "@/lib/actions/batches/publish-notice";
import { removeBatchEntryAction } from "@/lib/actions/batches/remove-batch-entry";
import { resolveObjectionAction } from "@/lib/actions/batches/resolve-objection";
import { withdrawBatchAction } from "@/lib/actions/batches/withdraw-batch";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { DomainError } from "@/lib/errors/domain-error";
import { batchDetail } from "@/lib/services/batches/batch-detail";
import { isoOf } from "@/lib/calendar/today";
import { TIER_LABELS } from "@/lib/domain/register/labels";
import { BATCH_STATUS_LABELS } from "@/lib/workflow/batch-lifecycle";

export default async function BatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ batchId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("batch:manage");
  const { batchId } = await params;
  const raw = await searchParams;
  const q = typeof raw.q === "string" ? raw.q.slice(0, 100) : undefined;
  const page = Number(typeof raw.page === "string" ? raw.page : 1) || 1;
  const [t, lang] = await Promise.all([getTranslations("batches"), currentLang()]);
  // A batch the official does not manage is "not found" (the service throws DomainError 404).
  const detail = await batchDetail(actor, batchId, { page, q }).catch((error: unknown) => {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  });
  const { batch } = detail;
  const hidden = (name: string, value: string) => ({ name, label: name, type: "hidden" as const, defaultValue: value });
  const pagerParams = new URLSearchParams(q ? { q } : {});
  const blocked = [detail.openObjections > 0 ? t("openObjection") : null, !detail.noticePeriodEnded ? t("noticeRunning") : null].filter(Boolean).join("；");

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <Link href="/staff/batches" className="text-sm text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-bold text-brand-800" data-testid="batch-title">
          {lang === "en" ? batch.titleEn : batch.titleZh}
        </h1>
        <p>
          {text(TIER_LABELS[batch.tier], lang)} · {batch.year} ·{" "}
          <span data-testid="batch-status">{t("status", { status: text(BATCH_STATUS_LABELS[batch.status], lang) })}</span> ·{" "}
          {t("version", { version: batch.version })}
        </p>
        {batch.noticeStart && batch.noticeEnd && (
          <p data-testid="notice-period">{t("noticePeriod", { start: isoOf(batch.noticeStart), end: isoOf(batch.noticeEnd) })}</p>
        )}
        {detail.noticeOriginalEnd && detail.noticeExtendedOn && (
          <p data-testid="notice-extended">{t("noticeExtendedStaff", { on: detail.noticeExtendedOn, originalEnd: detail.noticeOriginalEnd })}</p>
        )}
        {batch.announcedOn && <p>{t("announcedOn", { date: isoOf(batch.announcedOn) })}</p>}
      </div>

      {batch.status === "announced" && (
        <p className="rounded border border-green-700 bg-green-50 p-3 text-green-900" data-testid="announced-summary">
          {t("announced", { count: detail.entryCount })}{" "}
          <Link href={`/register/batches/${batch.id}`} className="underline">
            {t("viewInRegister")}
          </Link>
        </p>
      )}

      <div className="grid gap-6 md:grid-cols-2">
        {/* The forms that carry the batch's version are keyed by it: adding entries remounts them, so the hidden version is never stale. */}
        {batch.status === "draft" && (
          <section aria-labelledby="publish" className="rounded border border-slate-300 p-4">
            <h2 id="publish" className="mb-3 text-lg font-semibold">
              {t("publishTitle")}
            </h2>
            <ActionForm
              key={`v${batch.version}`}
              action={publishNoticeAction}
              testId="publish-notice"
              submitLabel={t("publish")}
              pendingLabel={t("sending")}
              successMessage={t("published", { end: "{noticeEnd}" })}
              fields={[
                hidden("batchId", batch.id),
                hidden("expectedVersion", String(batch.version)),
                { name: "noticeStart", label: t("noticeStart"), type: "date", defaultValue: detail.today, required: true, hint: t("noticeStartHint") },
                {
                  name: "workingDays",
                  label: t("workingDaysAtLeast", { days: detail.requiredWorkingDays }),
                  type: "number",
                  defaultValue: String(detail.requiredWorkingDays),
                  hint: t("workingDaysRule", { programme: batch.programme.noticeWorkingDays, minimum: detail.nationalMinimum }),
                },
              ]}
            />
          </section>
        )}
        {batch.status === "notice" && (
          <section aria-labelledby="announce" className="rounded border border-slate-300 p-4">
            <h2 id="announce" className="mb-3 text-lg font-semibold">
              {t("announceTitle")}
            </h2>
            {!detail.allowed.includes("announce") && (
              <div className="mb-3 space-y-1" data-testid="announce-blocked">
                <p>{t("announceBlocked", { reasons: blocked })}</p>
                {!detail.noticePeriodEnded && detail.announcePossibleFrom && (
                  <p className="text-sm">{t("announceWhen", { date: detail.announcePossibleFrom })}</p>
                )}
                {detail.openObjections > 0 && <p className="text-sm">{t("announceWhenObjections")}</p>}
              </div>
            )}
            {/* The button stays: pressed early, the server's refusal names the rule and the day it lifts. */}
            <ActionForm
              key={`v${batch.version}`}
              action={announceBatchAction}
              testId="announce"
              submitLabel={t("announce")}
              pendingLabel={t("sending")}
              successMessage={t("announced", { count: "{recognised}" })}
              fields={[hidden("batchId", batch.id), hidden("expectedVersion", String(batch.version))]}
            >
              <p className="text-sm text-slate-700">{t("announceHint")}</p>
            </ActionForm>
          </section>
        )}
        {batch.status === "notice" && !detail.noticePeriodEnded && (
          <section aria-labelledby="extend" className="rounded border border-slate-300 p-4">
            <h2 id="extend" className="mb-3 text-lg font-semibold">
              {t("extendTitle")}
            </h2>
            <p className="mb-3 text-sm text-slate-700">{t("extendIntro")}</p>
            <ActionForm
              key={`v${batch.version}`}
              action={extendNoticeAction}
              testId="extend-notice"
              submitLabel={t("extend")}
              pendingLabel={t("sending")}
              successMessage={t("extended", { noticeEnd: "{noticeEnd}" })}
              fields={[
                hidden("batchId", batch.id),
                hidden("expectedVersion", String(batch.version)),
                {
                  name: "workingDays",
                  label: t("extendWorkingDays", { days: detail.noticeWorkingDays ?? 0 }),
                  type: "number",
                  defaultValue: String((detail.noticeWorkingDays ?? 0) + 5),
                  required: true,
                },
                { name: "reason", label: t("extendReason"), type: "textarea", required: true },
              ]}
            />
          </section>
        )}
        {(batch.status === "draft" || batch.status === "notice") && (
          <section aria-labelledby="withdraw" className="rounded border border-slate-300 p-4">
            <h2 id="withdraw" className="mb-3 text-lg font-semibold">
              {t("withdrawTitle")}
            </h2>
            <ActionForm
              key={`v${batch.version}`}
              action={withdrawBatchAction}
              tone="danger"
              submitLabel={t("withdraw")}
              pendingLabel={t("sending")}
              successMessage={t("withdrawn")}
              fields={[
                hidden("batchId", batch.id),
                hidden("expectedVersion", String(batch.version)),
                { name: "reason", label: t("withdrawReason"), type: "textarea", required: true },
              ]}
            />
          </section>
        )}
      </div>

      {batch.status === "draft" && (
        <section aria-labelledby="ready" className="space-y-3">
          <h2 id="ready" className="text-lg font-semibold">
            {t("ready", { count: detail.readyCount })}
          </h2>
          {/* Both forms stay mounted when nothing is left to add, so the confirmation of the add that emptied the list is not lost. */}
          {detail.ready.length === 0 && <p>{t("readyNone")}</p>}
          {detail.held.length > 0 && (
            <div className="rounded border border-amber-600 bg-amber-50 p-3 text-sm" data-testid="held-by-objection">
              <p className="font-medium">{t("heldTitle", { count: detail.held.length })}</p>
              <p>{t("heldHint")}</p>
              <ul className="list-disc pl-6">
                {detail.held.map((a) => (
                  <li key={a.id}>
                    {a.company.nameZh} ({a.company.creditCode})
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ActionForm
            action={addBatchEntriesAction}
            testId="add-all"
            disabled={detail.ready.length === 0}
            submitLabel={t("addAll")}
            pendingLabel={t("sending")}
            successMessage={t("added", { count: "{added}" })}
            fields={[hidden("batchId", batch.id), hidden("all", "true")]}
          />
          <ActionForm
            action={addBatchEntriesAction}
            testId="add-chosen"
            disabled={detail.ready.length === 0}
            submitLabel={t("addChosen")}
            pendingLabel={t("sending")}
            successMessage={t("added", { count: "{added}" })}
            fields={[hidden("batchId", batch.id)]}
          >
            {detail.ready.length > 0 && (
              <fieldset className="max-h-72 overflow-y-auto rounded border border-slate-200 p-2">
                <legend className="sr-only">{t("ready", { count: detail.readyCount })}</legend>
                {detail.ready.map((a) => (
                  <label key={a.id} className="flex items-center gap-2 py-1">
                    <input type="checkbox" name="applicationIds" value={a.id} aria-label={t("choose", { name: a.company.nameZh })} />
                    <span>{a.company.nameZh}</span>
                    <span className="text-slate-500">{a.company.creditCode}</span>
                    <span className="ml-auto">{a.score?.toString() ?? "—"}</span>
                  </label>
                ))}
              </fieldset>
            )}
          </ActionForm>
        </section>
      )}

      <section aria-labelledby="entries" className="space-y-3">
        <h2 id="entries" className="text-lg font-semibold">
          {t("list", { count: detail.entryCount })}
        </h2>
        <ListSearchForm q={q} />
        <table className="w-full border-collapse text-sm" data-testid="entries">
          <thead>
            <tr className="border-b text-left">
              <th className="p-2">{t("colCompany")}</th>
              <th className="p-2">{t("colCode")}</th>
              <th className="p-2">{t("colScore")}</th>
              {batch.status === "draft" && <th className="p-2">{t("colAction")}</th>}
            </tr>
          </thead>
          <tbody>
            {detail.entries.map((e) => (
              <tr key={e.id} className="border-b">
                <td className="p-2">{e.nameZh}</td>
                <td className="p-2 font-mono">{e.creditCode}</td>
                <td className="p-2">{e.score ?? "—"}</td>
                {batch.status === "draft" && (
                  <td className="p-2">
                    <ActionForm
                      action={removeBatchEntryAction}
                      submitLabel={t("remove")}
                      pendingLabel={t("sending")}
                      successMessage={t("removed")}
                      tone="danger"
                      fields={[hidden("batchId", batch.id), hidden("entryId", e.id)]}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        <Pager
          page={detail.page}
          pageCount={detail.pageCount}
          params={pagerParams}
          basePath={`/staff/batches/${batch.id}`}
          labels={{
            previous: t("previous"),
            next: t("next"),
            page: t("page", { page: detail.page, pages: detail.pageCount }),
            nav: t("list", { count: detail.entryCount }),
          }}
        />
      </section>

      <section aria-labelledby="objections" className="space-y-3">
        <h2 id="objections" className="text-lg font-semibold">
          {t("objections", { count: detail.objections.length })}
        </h2>
        {detail.objections.length === 0 && <p>{t("objectionsNone")}</p>}
        {batch.status === "withdrawn" && detail.openObjections > 0 && <p data-testid="withdrawn-objections">{t("resolveWithdrawnHint")}</p>}
        <ul className="space-y-4">
          {detail.objections.map((o) => (
            <li key={o.id} className="rounded border border-slate-300 p-4" data-testid="objection">
              <p className="font-medium">
                {t("objectionAgainst", { company: o.company?.nameZh ?? "" })} · {t(`objectionStatus_${o.status}`)}
              </p>
              {o.reference && <p className="font-mono text-sm text-slate-600">{t("objectionReferenceStaff", { reference: o.reference })}</p>}
              <p className="text-sm text-slate-600">{t("objector", { name: o.objectorName, contact: o.objectorContact })}</p>
              <p className="my-2 whitespace-pre-wrap">{o.reason}</p>
              {o.documents.length > 0 && (
                <p className="text-sm">
                  {t("evidence")}:{" "}
                  {o.documents.map((d) => (
                    <a key={d.id} href={`/staff/batches/${batch.id}/evidence/${d.id}`} className="mr-3 text-brand-700 underline">
                      {d.fileName}
                    </a>
                  ))}
                </p>
              )}
              {o.resolution && (
                <p className="text-sm">
                  {t("resolution")}: {o.resolution}
                </p>
              )}
              {o.status === "open" && batch.status !== "announced" && (
                <ActionForm
                  action={resolveObjectionAction}
                  testId="resolve-objection"
                  submitLabel={t("resolve")}
                  pendingLabel={t("sending")}
                  successMessage={t("resolved")}
                  fields={[
                    hidden("batchId", batch.id),
                    hidden("objectionId", o.id),
                    {
                      name: "outcome",
                      label: t("outcome"),
                      type: "select",
                      options: [
                        { value: "upheld", label: t("uphold") },
                        { value: "dismissed", label: t("dismiss") },
                      ],
                    },
                    { name: "resolution", label: t("resolution"), type: "textarea", required: true },
                  ]}
                />
              )}
            </li>
          ))}
        </ul>
      </section>

      {detail.removed.length > 0 && (
        <section aria-labelledby="removed" className="space-y-2">
          <h2 id="removed" className="text-lg font-semibold">
            {t("removedTitle")}
          </h2>
          <ul className="list-disc pl-6 text-sm">
            {detail.removed.map((r) => (
              <li key={r.id}>
                {r.company?.nameZh} ({r.company?.creditCode}) — {r.removedReason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant, pick } from "@/components/recognitions/labels";
import { Pagination } from "@/components/recognitions/pagination";
import { OutboxRowActions, RetryAllDead } from "@/components/outbox/outbox-row-actions";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { outboxConfig } from "@/lib/outbox/outbox-config";
import { OUTBOX_STATES, listOutbox, type OutboxState } from "@/lib/services/notifications/outbox-admin";
import { firstParam } from "@/lib/domain/list-params";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

const FILTERS = ["dead", "pending", "sending", "sent", "discarded", "all"] as const;

/** Outgoing email: what waits, what failed for good (retry or discard), what went out. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("outbox:manage");
  const params = await searchParams;
  const asked = firstParam(params.state);
  const state = (FILTERS as readonly string[]).includes(asked ?? "") ? (asked as OutboxState | "all") : "dead";
  const recipient = firstParam(params.recipient)?.trim().slice(0, 200) ?? "";
  const [t, locale, data] = await Promise.all([
    getTranslations("outbox"),
    getLocale(),
    listOutbox(actor, { state, recipient, page: Number(firstParam(params.page)) || 1 }),
  ]);
  const hrefOf = (filter: string, page?: number) =>
    `/admin/outbox?${new URLSearchParams({ state: filter, ...(recipient ? { recipient } : {}), ...(page ? { page: String(page) } : {}) })}`;
  const configured = outboxConfig().smtpUrl !== null;
  const total = OUTBOX_STATES.reduce((sum, s) => sum + data.counts[s], 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800" data-testid="page-title">
        {t("title")}
      </h1>
      <p className="text-slate-700">{t("intro")}</p>
      {actor.jurisdictionCode && <p className="text-slate-700">{t("provinceOnly")}</p>}
      {!configured && <p className="rounded border border-amber-600 bg-amber-50 p-2 text-amber-900">{t("notConfigured")}</p>}
      <form method="get" action="/admin/outbox" role="search" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="state" value={state} />
        <label className="flex flex-col text-sm">
          {t("searchLabel")}
          <input
            type="search"
            name="recipient"
            defaultValue={recipient}
            maxLength={200}
            className="mt-1 w-72 max-w-full rounded border border-slate-400 px-2 py-1.5"
          />
        </label>
        <button type="submit" className="rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
          {t("search")}
        </button>
      </form>
      <nav aria-label={t("filter")} className="flex flex-wrap gap-3 text-sm">
        {FILTERS.map((filter) => (
          <Link
            key={filter}
            href={hrefOf(filter)}
            aria-current={filter === state ? "page" : undefined}
            className={filter === state ? "font-semibold" : "text-brand-700 underline"}
          >
            {t(`states.${filter}`)} ({filter === "all" ? total : data.counts[filter]})
          </Link>
        ))}
      </nav>
      {/* "All" means all of this administrator's dead messages: offered only when the list shows them all. */}
      {state === "dead" && !recipient && data.counts.dead > 1 && <RetryAllDead count={data.counts.dead} />}
      {data.rows.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
          <table className="w-full border-collapse text-sm" data-testid="outbox">
            <caption className="sr-only">{t(`states.${state}`)}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-2">
                  {t("recipient")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("subject")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("state")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("attempts")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("created")}
                </th>
                <th scope="col" className="py-2 pr-2">
                  {t("lastError")}
                </th>
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top" data-testid="outbox-row" data-state={row.state}>
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    {row.recipient}
                  </th>
                  <td className="py-2 pr-2">{pick(row.title, locale)}</td>
                  <td className="py-2 pr-2">
                    {t(`states.${row.state}`)}
                    {row.state === "pending" && row.attempts > 0 && (
                      <span className="block text-slate-600">
                        {t("nextAttempt")}: {formatInstant(row.nextAttemptAt, locale)}
                      </span>
                    )}
                  </td>
                  <td className="py-2 pr-2">{row.attempts}</td>
                  <td className="py-2 pr-2">{formatInstant(row.createdAt, locale)}</td>
                  <td className="max-w-xs py-2 pr-2 break-words">{row.lastError ?? "—"}</td>
                  <td className="py-2">{row.state === "dead" ? <OutboxRowActions id={row.id} recipient={row.recipient} /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} size={data.pageSize} total={data.total} locale={locale} href={(p) => hrefOf(state, p)} />
    </div>
  );
}

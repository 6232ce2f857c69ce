import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/company/pagination";
import { pick } from "@/components/company/pick";
import { MarkReadButton } from "@/components/inbox/mark-read-button";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { listNotifications } from "@/lib/services/notifications/list-notifications";
import { firstParam } from "@/lib/domain/list-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

/** Every signed-in person's in-app notifications, newest first, with unread ones marked. */
export default async function Inbox({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("signed-in");
  const [t, locale, format, params] = await Promise.all([getTranslations("inbox"), getLocale(), getFormatter(), searchParams]);
  const unreadOnly = firstParam(params.filter) === "unread";
  const data = await listNotifications(actor, { page: Number(firstParam(params.page)) || 1, unreadOnly });
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const href = (page: number) => `/inbox?page=${page}${unreadOnly ? "&filter=unread" : ""}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800" data-testid="page-title">
        {t("title")}
      </h1>
      <div className="flex flex-wrap items-center gap-4">
        <p aria-live="polite" data-testid="inbox-unread">
          {t("unread", { count: data.unread })}
        </p>
        <nav aria-label={t("filter")} className="flex gap-3 text-sm">
          <Link href="/inbox" aria-current={!unreadOnly ? "page" : undefined} className={!unreadOnly ? "font-semibold" : "text-brand-700 underline"}>
            {t("all")}
          </Link>
          <Link
            href="/inbox?filter=unread"
            aria-current={unreadOnly ? "page" : undefined}
            className={unreadOnly ? "font-semibold" : "text-brand-700 underline"}
          >
            {t("onlyUnread")}
          </Link>
        </nav>
        {data.unread > 0 && <MarkReadButton label={t("markAllRead")} />}
        <Link href="/account/notifications" className="text-sm text-brand-700 underline">
          {t("settingsLink")}
        </Link>
      </div>
      {data.rows.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y rounded border" data-testid="notifications">
          {data.rows.map((n) => (
            <li key={n.id} className={`space-y-1 p-3 ${n.readAt ? "" : "bg-brand-50"}`} data-testid="notification" data-read={n.readAt ? "true" : "false"}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">
                  {!n.readAt && <span className="mr-2 rounded bg-brand-600 px-1.5 text-xs text-white">{t("new")}</span>}
                  {n.link ? (
                    <Link href={n.link} className="text-brand-700 underline">
                      {pick(n.title, locale)}
                    </Link>
                  ) : (
                    pick(n.title, locale)
                  )}
                </p>
                <time dateTime={n.createdAt.toISOString()} className="text-sm text-slate-600">
                  {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </div>
              {n.body && <p className="text-sm whitespace-pre-line">{pick(n.body, locale)}</p>}
              {!n.readAt && <MarkReadButton notificationId={n.id} label={t("markRead")} />}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        href={href}
        labels={{ previous: t("previous"), next: t("next"), status: t("pageStatus", { page: data.page, pages }) }}
      />
    </div>
  );
}

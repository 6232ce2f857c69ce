import Link from "next/link";
import { AreaLinks } from "@/components/dashboard/area-links";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { formatDate } from "@/components/review/bilingual";
import { StatusBadge } from "@/components/review/status-badge";
import { OverduePanel } from "@/components/review/overdue-panel";
import { StatusCounts } from "@/components/review/status-counts";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { PAGE_SIZE, queueHref, type QueueFilters } from "@/lib/review/queue-filters";
import { regionName } from "@/lib/services/regions/region-name";
import { countAssignedToMe } from "@/lib/services/review/assigned-to-me";
import { overdueCounts } from "@/lib/services/review/overdue-counts";
import { staffDashboard } from "@/lib/services/review/staff-dashboard";

export default async function StaffDashboard() {
  const actor = await requirePagePermission("queue:read");
  const [t, dashboard, review, locale, data, assigned, overdue] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("review.dashboard"),
    getTranslations("review"),
    getLocale(),
    staffDashboard(actor),
    countAssignedToMe(actor),
    overdueCounts(actor),
  ]);
  const region = await regionName(actor.jurisdictionCode, locale);
  const awaiting: QueueFilters = { status: data.awaitingStatus, assigned: "any", sort: "submitted", dir: "asc", page: 1, size: PAGE_SIZE.default };
  return (
    <div className="space-y-8">
      <DashboardHeading actor={actor} title={t("staffTitle")} region={region} />
      <AreaLinks
        links={[
          { key: "staffRecognitions", href: "/staff/recognitions" },
          { key: "staffFlagged", href: "/staff/recognitions?flagged=1" },
          ...(hasPermission(actor, "batch:manage") ? [{ key: "staffBatches" as const, href: "/staff/batches" }] : []),
          ...(hasPermission(actor, "change-report:decide") ? [{ key: "staffChangeReports" as const, href: "/staff/change-reports" }] : []),
          ...(hasPermission(actor, "claim:decide") ? [{ key: "staffClaims" as const, href: "/staff/claims" }] : []),
        ]}
      />
      <nav aria-label={review("queue.title")} className="flex flex-wrap gap-3">
        <Link href={queueHref(awaiting)} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700" data-testid="open-queue">
          {dashboard("openQueue")} · {dashboard("awaiting", { count: data.counts[data.awaitingStatus] })}
        </Link>
        <Link
          href={queueHref(awaiting, { assigned: "me" })}
          className="rounded border border-brand-600 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
          data-testid="assigned-to-me"
        >
          {dashboard("assignedToMe", { count: assigned })}
        </Link>
      </nav>
      <section aria-labelledby="counts-title" className="space-y-3">
        <h2 id="counts-title" className="text-xl font-semibold">
          {dashboard("countsTitle")}
        </h2>
        <StatusCounts counts={data.counts} />
      </section>
      <section aria-labelledby="overdue-title" className="space-y-3" data-testid="overdue-panel">
        <h2 id="overdue-title" className="text-xl font-semibold">
          {dashboard("overdueTitle")}
        </h2>
        <OverduePanel counts={overdue} />
      </section>
      <section aria-labelledby="recent-title" className="space-y-3">
        <h2 id="recent-title" className="text-xl font-semibold">
          {dashboard("recentTitle")}
        </h2>
        {data.recent.length === 0 ? (
          <p className="text-slate-600">{dashboard("recentEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {data.recent.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <Link href={`/staff/applications/${row.id}`} className="font-medium text-brand-600 underline">
                  {row.company.nameZh}
                </Link>
                <span className="text-sm text-slate-600">
                  {locale === "en" ? row.programme.nameEn : row.programme.nameZh} · {formatDate(row.submittedAt, locale)}
                </span>
                <StatusBadge status={row.status} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

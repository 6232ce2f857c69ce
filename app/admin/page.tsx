import { getLocale, getTranslations } from "next-intl/server";
import { AreaLinks } from "@/components/dashboard/area-links";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { maySetNoticeMinimum } from "@/lib/services/batches/notice-minimum";
import { regionName } from "@/lib/services/regions/region-name";

export default async function Dashboard() {
  const actor = await requirePagePermission("ruleset:manage");
  const t = await getTranslations("dashboard");
  const region = await regionName(actor.jurisdictionCode, await getLocale());
  return (
    <div className="space-y-6">
      <DashboardHeading actor={actor} title={t("adminTitle")} region={region} />
      <AreaLinks
        links={[
          { key: "adminUsers", href: "/admin/users" },
          { key: "adminCalls", href: "/admin/calls" },
          { key: "adminRuleSets", href: "/admin/rule-sets" },
          { key: "adminImports", href: "/admin/imports" },
          { key: "adminCalendar", href: "/admin/calendar" },
          { key: "adminJobs", href: "/admin/jobs" },
          { key: "adminOutbox", href: "/admin/outbox" },
          // National rules (the minimum notice length) are the national administrator's alone.
          ...(maySetNoticeMinimum(actor) ? [{ key: "adminSettings" as const, href: "/admin/settings" }] : []),
        ]}
      />
    </div>
  );
}

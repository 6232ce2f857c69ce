import { getTranslations } from "next-intl/server";
import { AreaLinks } from "@/components/dashboard/area-links";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { requireRole } from "@/lib/auth/require-role";

export default async function Dashboard() {
  const actor = await requireRole(["administrator"]);
  const t = await getTranslations("dashboard");
  return (
    <div className="space-y-6">
      <DashboardHeading actor={actor} title={t("adminTitle")} />
      <AreaLinks
        links={[
          { key: "adminRuleSets", href: "/admin/rule-sets" },
          { key: "adminImports", href: "/admin/imports" },
          { key: "adminCalendar", href: "/admin/calendar" },
          { key: "adminJobs", href: "/admin/jobs" },
        ]}
      />
    </div>
  );
}

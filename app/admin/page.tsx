import { getTranslations } from "next-intl/server";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { requireRole } from "@/lib/auth/require-role";

export default async function Dashboard() {
  const actor = await requireRole(["administrator"]);
  const t = await getTranslations("dashboard");
  return (
    <div className="space-y-6">
      <DashboardHeading actor={actor} title={t("adminTitle")} />
      <p className="text-slate-600">{t("comingSoon")}</p>
    </div>
  );
}

import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardHeading } from "@/components/dashboard/dashboard-heading";
import { formatDate } from "@/components/review/bilingual";
import { DueDate } from "@/components/review/due-date";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { regionName } from "@/lib/services/regions/region-name";
import { listExpertAssignments } from "@/lib/services/review/expert-assignments";

/** An expert's start page: their own review assignments, newest first. */
export default async function ExpertDashboard() {
  const actor = await requirePagePermission("expert-review:submit");
  const [t, review, locale, assignments] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("review.expert"),
    getLocale(),
    listExpertAssignments(actor),
  ]);
  const region = await regionName(actor.jurisdictionCode, locale);
  return (
    <div className="space-y-6">
      <DashboardHeading actor={actor} title={t("expertTitle")} region={region} />
      <section aria-labelledby="assignments-title" className="space-y-3">
        <h2 id="assignments-title" className="text-xl font-semibold">
          {review("listTitle")}
        </h2>
        {assignments.length === 0 ? (
          <p className="text-slate-600">{review("empty")}</p>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={review("listTitle")}>
            <table className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="expert-assignments">
              <thead className="border-b-2 border-slate-300 bg-slate-50">
                <tr>
                  <th scope="col" className="px-2 py-2">
                    {review("company")}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    {review("programme")}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    {review("assignedAt")}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    {review("dueBy")}
                  </th>
                  <th scope="col" className="px-2 py-2">
                    {review("state")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {assignments.map((row) => (
                  <tr key={row.applicationId} className="border-b border-slate-200" data-testid="expert-assignment">
                    <td className="px-2 py-2">
                      <Link href={`/expert/reviews/${row.applicationId}`} className="font-medium text-brand-600 underline">
                        {row.companyNameZh}
                      </Link>
                    </td>
                    <td className="px-2 py-2">{locale === "en" ? row.programme.nameEn : row.programme.nameZh}</td>
                    <td className="px-2 py-2">{formatDate(row.assignedAt, locale)}</td>
                    <td className="px-2 py-2">
                      <DueDate due={row.due} />
                    </td>
                    <td className="px-2 py-2">{row.submittedAt ? review("submitted", { score: row.score ?? "—" }) : review("pending")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

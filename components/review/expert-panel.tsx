import { getLocale, getTranslations } from "next-intl/server";
import type { ExpertReviewResults } from "@/lib/services/review/expert-review-results";
import { AssignExpertsForm, type AssignExpertsAction } from "./assign-experts-form";
import { formatDate } from "./bilingual";
import { DueDate } from "./due-date";

/** The ministry's view of a little giant's expert review: the combined result, and the random draw while it is open. */
export async function ExpertPanel({
  applicationId,
  results,
  open,
  action,
}: {
  applicationId: string;
  results: ExpertReviewResults;
  open: boolean;
  action: AssignExpertsAction;
}) {
  const [t, locale] = await Promise.all([getTranslations("review.experts"), getLocale()]);
  return (
    <div className="space-y-4" data-testid="expert-panel">
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <p className="font-medium" data-testid="expert-summary">
        {t("summary", { submitted: results.submitted, assigned: results.assigned })} ·{" "}
        {results.average === null ? t("noAverage") : t("average", { average: results.average })}
      </p>
      {results.reviews.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
          <table className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="expert-results">
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="py-1 pr-2">
                  {t("expert")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("score")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("opinion")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("dueBy")}
                </th>
                <th scope="col" className="py-1">
                  {t("submittedAt")}
                </th>
              </tr>
            </thead>
            <tbody>
              {results.reviews.map((review, index) => (
                <tr key={index} className="border-b border-slate-200 align-top">
                  <td className="py-1 pr-2">{review.expertName}</td>
                  <td className="py-1 pr-2 tabular-nums">{review.score ?? "—"}</td>
                  <td className="py-1 pr-2 whitespace-pre-wrap">{review.opinion ?? t("pending")}</td>
                  <td className="py-1 pr-2">
                    <DueDate due={review.due} />
                  </td>
                  <td className="py-1">{review.submittedAt ? formatDate(review.submittedAt, locale, true) : t("pending")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open ? <AssignExpertsForm applicationId={applicationId} action={action} /> : <p className="text-sm text-slate-600">{t("closed")}</p>}
    </div>
  );
}

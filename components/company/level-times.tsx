import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/review/bilingual";
import type { IsoDate } from "@/lib/calendar/iso-date";
import { chinaDate, systemNow } from "@/lib/calendar/today";
import type { LevelStay } from "@/lib/domain/review-timing/level-timing";

/**
 * For the company: when the level now reviewing its application is expected to decide, and how
 * many working days each level took so far. Nothing is shown before the first submission.
 */
export async function LevelTimes({ stays, expectedDecisionOn, now = systemNow() }: { stays: LevelStay[]; expectedDecisionOn: IsoDate | null; now?: Date }) {
  if (stays.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("company.status"), getLocale()]);
  const current = stays.at(-1)!.leftOn === null ? stays.at(-1)! : null;
  return (
    <section aria-labelledby="level-times" className="space-y-2" data-testid="level-times">
      <h2 id="level-times" className="text-lg font-semibold">
        {t("timesTitle")}
      </h2>
      {current && expectedDecisionOn && (
        <p data-testid="expected-decision">
          {t(expectedDecisionOn < chinaDate(now) ? "expectedPassed" : "expectedBy", {
            level: t(`levels.${current.level}`),
            date: formatDate(expectedDecisionOn, locale),
          })}
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full max-w-2xl border-collapse text-left text-sm">
          <caption className="sr-only">{t("timesCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-4">
                {t("level")}
              </th>
              <th scope="col" className="py-1 pr-4">
                {t("arrived")}
              </th>
              <th scope="col" className="py-1 pr-4">
                {t("left")}
              </th>
              <th scope="col" className="py-1">
                {t("took")}
              </th>
            </tr>
          </thead>
          <tbody>
            {stays.map((stay, index) => (
              <tr key={index} className="border-b border-slate-200" data-testid="level-stay" data-level={stay.level}>
                <th scope="row" className="py-1 pr-4 font-normal">
                  {t(`levels.${stay.level}`)}
                </th>
                <td className="py-1 pr-4">{formatDate(stay.arrivedOn, locale)}</td>
                <td className="py-1 pr-4">{stay.leftOn ? formatDate(stay.leftOn, locale) : t("waiting")}</td>
                <td className="py-1 tabular-nums">{stay.workingDays === null ? "—" : t("tookDays", { days: stay.workingDays })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

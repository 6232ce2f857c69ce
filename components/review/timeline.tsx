import { getLocale, getTranslations } from "next-intl/server";
import { SECTION_LABELS, type ApplicationSection } from "@/lib/application/sections";
import type { TimelineEntry } from "@/lib/services/review/application-for-review";
import { APPLICATION_ACTION_LABELS, APPLICATION_STATUS_LABELS, type ApplicationAction } from "@/lib/workflow/application-lifecycle";
import { formatDate, pick } from "./bilingual";

const actionLabel = (action: string, locale: string) =>
  action in APPLICATION_ACTION_LABELS ? pick(APPLICATION_ACTION_LABELS[action as ApplicationAction], locale) : action;
const sectionLabel = (section: string, locale: string) => (section in SECTION_LABELS ? pick(SECTION_LABELS[section as ApplicationSection], locale) : section);

/** The file's history: every transition, who made it, when, and the reason and sections given. */
export async function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const [t, roles, locale] = await Promise.all([getTranslations("review.detail"), getTranslations("roles"), getLocale()]);
  if (entries.length === 0) return <p className="text-slate-600">{t("noTimeline")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-brand-100 pl-4" data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-1" data-action={entry.action}>
          <p className="font-medium">
            {t("timelineEntry", {
              actor: entry.actor.name
                ? locale === "en"
                  ? `${entry.actor.name} (${roles(entry.actor.role)})`
                  : `${entry.actor.name}（${roles(entry.actor.role)}）`
                : entry.actor.id
                  ? roles(entry.actor.role)
                  : t("systemActor"),
              action: actionLabel(entry.action, locale),
            })}
          </p>
          <p className="text-sm text-slate-600">
            <time dateTime={entry.at.toISOString()}>{formatDate(entry.at, locale, true)}</time> · {pick(APPLICATION_STATUS_LABELS[entry.from], locale)} →{" "}
            {pick(APPLICATION_STATUS_LABELS[entry.to], locale)}
          </p>
          {entry.reason && (
            <p className="text-sm">
              <span className="font-medium">
                {t("reasonLabel")}
                {locale === "en" ? ": " : "："}
              </span>
              {entry.reason}
            </p>
          )}
          {entry.sections.length > 0 && (
            <p className="text-sm">
              <span className="font-medium">
                {t("sectionsLabel")}
                {locale === "en" ? ": " : "："}
              </span>
              {entry.sections.map((s) => sectionLabel(s, locale)).join(locale === "en" ? ", " : "、")}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

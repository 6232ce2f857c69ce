import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ApplicationHeader } from "@/components/company/application-header";
import { pick } from "@/components/company/pick";
import { LevelTimes } from "@/components/company/level-times";
import { WithdrawControl } from "@/components/company/withdraw-control";
import { SECTION_LABELS, type ApplicationSection } from "@/lib/application/sections";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { APPLICATION_ACTION_LABELS, APPLICATION_STATUS_LABELS, WORKFLOW_ROLE_LABELS, type ApplicationAction } from "@/lib/workflow/application-lifecycle";
import { loadCompanyApplication } from "../load-application";

export const dynamic = "force-dynamic";

/** "Submitted → municipal review"; where the action and the state it leads to read the same ("退回修改"), once. */
function stepTitle(action: string, to: keyof typeof APPLICATION_STATUS_LABELS, locale: string): string {
  const did = APPLICATION_ACTION_LABELS[action as ApplicationAction];
  const now = pick(APPLICATION_STATUS_LABELS[to], locale);
  if (!did) return now;
  const done = pick(did, locale);
  return done === now ? done : `${done} → ${now}`;
}

const sectionName = (section: string, locale: string) => pick(SECTION_LABELS[section as ApplicationSection] ?? { zh: section, en: section }, locale);

/** Where the application stands: the full timeline with the reasons given, what to do next, and withdrawal. */
export default async function ApplicationStatusPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("application:edit");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const application = await loadCompanyApplication(actor, id);
  const [t, roles, locale, format] = await Promise.all([getTranslations("company"), getTranslations("roles"), getLocale(), getFormatter()]);
  const done = query.done === "submit" || query.done === "resubmit" ? query.done : null;
  const canWithdraw = application.allowedActions.includes("withdraw");
  const returned = application.status === "returned";
  const actorLabel = (role: string) =>
    role in WORKFLOW_ROLE_LABELS ? pick(WORKFLOW_ROLE_LABELS[role as keyof typeof WORKFLOW_ROLE_LABELS], locale) : roles(role as "administrator");

  return (
    <div className="space-y-6">
      <ApplicationHeader application={application} title={t("status.title")} />
      <div aria-live="polite">
        {done && (
          <p role="status" className="rounded border border-green-700 bg-green-50 p-3" data-testid="transition-done">
            {t(`status.done.${done}`)}
          </p>
        )}
      </div>
      <p data-testid="status-explanation">
        {application.title
          ? t(`status.explainTitle.${application.title.status}`, { until: application.title.validUntil, certificate: application.title.certificateNo })
          : t(`status.explain.${application.status}`)}
      </p>

      {application.reference && <p data-testid="application-reference">{t("status.reference", { reference: application.reference })}</p>}

      <LevelTimes stays={application.levelStays} expectedDecisionOn={application.expectedDecisionOn} />

      {returned && (
        <section aria-labelledby="correction" className="space-y-2 rounded border border-amber-500 bg-amber-50 p-3" data-testid="correction-request">
          <h2 id="correction" className="text-lg font-semibold">
            {t("status.correctionTitle")}
          </h2>
          <ul className="list-inside list-disc">
            {application.reopenSections.map((s) => (
              <li key={s}>
                <Link href={`/company/applications/${id}/sections/${s}`} className="text-brand-700 underline">
                  {sectionName(s, locale)}
                </Link>
              </li>
            ))}
          </ul>
          <Link href={`/company/applications/${id}/check`} className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white">
            {t("status.reviewAndResubmit")}
          </Link>
        </section>
      )}
      {application.status === "draft" && (
        <Link href={`/company/applications/${id}`} className="text-brand-700 underline">
          {t("status.continueDraft")}
        </Link>
      )}

      <section aria-labelledby="timeline" className="space-y-2">
        <h2 id="timeline" className="text-lg font-semibold">
          {t("status.timeline")}
        </h2>
        {application.timeline.length === 0 ? (
          <p className="text-slate-600">{t("status.noSteps")}</p>
        ) : (
          <ol className="space-y-3 border-l-2 border-brand-100 pl-4" data-testid="timeline">
            {application.timeline.map((step) => (
              <li key={step.id} data-testid="timeline-entry" data-action={step.action} data-to={step.to}>
                <p className="font-medium">{stepTitle(step.action, step.to, locale)}</p>
                <p className="text-sm text-slate-600">
                  <time dateTime={step.at.toISOString()}>{format.dateTime(step.at, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
                  {actorLabel(step.actorRole)}
                  {/* Officials act for their department; only the firm's own users are named. */}
                  {step.actorRole === "company" && step.actorName ? ` · ${step.actorName}` : ""}
                </p>
                {step.reason && <p className="text-sm">{t("status.reason", { reason: step.reason })}</p>}
                {step.sections.length > 0 && (
                  <p className="text-sm">
                    {t("status.sections", { sections: step.sections.map((s) => sectionName(s, locale)).join(locale === "en" ? ", " : "、") })}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {canWithdraw && (
        <section aria-labelledby="withdraw" className="space-y-2">
          <h2 id="withdraw" className="text-lg font-semibold">
            {t("status.withdrawTitle")}
          </h2>
          <p className="text-sm">{t("status.withdrawLead")}</p>
          <WithdrawControl applicationId={id} version={application.version} />
        </section>
      )}
    </div>
  );
}

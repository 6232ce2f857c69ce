import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationHeader } from "@/components/company/application-header";
import { sectionSummary } from "@/components/company/fact-summary";
import { pick } from "@/components/company/pick";
import { sectionEditable, sectionProgress } from "@/components/company/section-progress";
import { TransitionButton } from "@/components/company/transition-button";
import { APPLICATION_SECTIONS, SECTION_LABELS } from "@/lib/application/sections";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { FORM_SECTIONS, type FormSection } from "@/lib/rules";
import { isEditableByCompany } from "@/lib/workflow/application-lifecycle";
import { loadCompanyApplication } from "../load-application";

export const dynamic = "force-dynamic";

const isFormSection = (value: string): value is FormSection => (FORM_SECTIONS as readonly string[]).includes(value);

/** "Check your answers": every section's answers and files, with a way to change each, then submit. */
export default async function CheckAnswers({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("application:edit");
  const { id } = await params;
  const application = await loadCompanyApplication(actor, id);
  if (!isEditableByCompany(application.status)) redirect(`/company/applications/${id}/status`);
  const [t, locale] = await Promise.all([getTranslations("company"), getLocale()]);
  const words = { yes: t("form.yes"), no: t("form.no"), yuan: t("form.units.yuan") };
  const unfinished = APPLICATION_SECTIONS.filter((s) => sectionProgress(application.sectionState, s, application.documents.length) !== "complete");
  const returned = application.status === "returned";

  return (
    <div className="space-y-6">
      <ApplicationHeader application={application} title={t("check.title")} />
      <p>{returned ? t("check.leadResubmit") : t("check.lead")}</p>
      {unfinished.length > 0 && !returned && (
        <div role="note" className="rounded border border-amber-500 bg-amber-50 p-3" data-testid="unfinished-sections">
          {t("check.unfinished", { sections: unfinished.map((s) => pick(SECTION_LABELS[s], locale)).join(locale === "en" ? ", " : "、") })}
        </div>
      )}
      {APPLICATION_SECTIONS.map((section) => {
        const rows = isFormSection(section) ? sectionSummary(application.facts, section, locale, words) : [];
        const documents = application.documents.filter((d) => d.section === section);
        const editable = sectionEditable(application.status, application.reopenSections, section);
        const title = pick(SECTION_LABELS[section], locale);
        return (
          <section key={section} aria-labelledby={`check-${section}`} className="space-y-2 border-b pb-4" data-testid={`check-${section}`}>
            <div className="flex items-center justify-between gap-3">
              <h2 id={`check-${section}`} className="text-lg font-semibold">
                {title}
              </h2>
              {editable && (
                <Link href={`/company/applications/${id}/sections/${section}`} className="text-brand-700 underline">
                  {t("check.change")}
                  <span className="sr-only"> {title}</span>
                </Link>
              )}
            </div>
            {isFormSection(section) &&
              (rows.length === 0 ? (
                <p className="text-sm text-slate-600">{t("check.nothing")}</p>
              ) : (
                <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
                  {rows.map((row) => (
                    <div key={row.path} className="contents">
                      <dt className="text-slate-700">{row.label}</dt>
                      <dd>{row.value}</dd>
                    </div>
                  ))}
                </dl>
              ))}
            {documents.length > 0 && (
              <ul className="list-inside list-disc text-sm">
                {documents.map((d) => (
                  <li key={d.id}>
                    <a href={`/api/documents/${d.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                      {d.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <section aria-labelledby="declaration" className="space-y-3">
        <h2 id="declaration" className="text-lg font-semibold">
          {returned ? t("check.resubmitTitle") : t("check.submitTitle")}
        </h2>
        <p className="text-sm">{t("check.declaration")}</p>
        <TransitionButton
          applicationId={id}
          version={application.version}
          action={returned ? "resubmit" : "submit"}
          label={returned ? t("check.resubmit") : t("check.submit")}
        />
      </section>
    </div>
  );
}

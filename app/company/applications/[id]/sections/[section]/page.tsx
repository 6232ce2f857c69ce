import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DocumentsPanel } from "@/components/application-form/documents-panel";
import { MarkSectionComplete } from "@/components/application-form/mark-section-complete";
import { SectionForm } from "@/components/application-form/section-form";
import { ApplicationHeader } from "@/components/company/application-header";
import { pick } from "@/components/company/pick";
import { sectionEditable, sectionProgress } from "@/components/company/section-progress";
import { APPLICATION_SECTIONS, SECTION_LABELS, type ApplicationSection } from "@/lib/application/sections";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { type Facts, FORM_SECTIONS, type FormSection } from "@/lib/rules";
import { liveEvaluationInputs } from "@/lib/services/company-portal/live-evaluation-inputs";
import { loadCompanyApplication } from "../../load-application";

export const dynamic = "force-dynamic";

const isSection = (value: string): value is ApplicationSection => (APPLICATION_SECTIONS as readonly string[]).includes(value);
const isFormSection = (value: string): value is FormSection => (FORM_SECTIONS as readonly string[]).includes(value);

/** One section of the application: its generated form (or the evidence list), with its documents. */
export default async function SectionPage({ params }: { params: Promise<{ id: string; section: string }> }) {
  const actor = await requirePagePermission("application:edit");
  const { id, section } = await params;
  if (!isSection(section)) notFound();
  const application = await loadCompanyApplication(actor, id);
  const [t, locale] = await Promise.all([getTranslations("company"), getLocale()]);
  const title = pick(SECTION_LABELS[section], locale);
  const editable = sectionEditable(application.status, application.reopenSections, section);
  // Evidence may be added to a section reopened for correction, or to any section when "documents" is.
  const documentsEditable = editable || (application.status === "returned" && application.reopenSections.includes("documents"));
  const taskListHref = `/company/applications/${id}`;
  const documentsOf = (s: string) => application.documents.filter((d) => d.section === s);
  const index = APPLICATION_SECTIONS.indexOf(section);
  const next = APPLICATION_SECTIONS[index + 1];

  return (
    <div className="space-y-6">
      <ApplicationHeader application={application} title={title} />
      <span id="section-title" className="sr-only">
        {title}
      </span>
      {isFormSection(section) ? (
        <SectionForm
          applicationId={id}
          section={section}
          sectionTitle={title}
          applicationYear={application.year}
          initialFacts={application.facts}
          initialVersion={application.version}
          progress={sectionProgress(application.sectionState, section, application.documents.length)}
          editable={editable}
          eligibility={await liveEvaluationInputs({
            companyId: application.company.id,
            year: application.year,
            ruleSetId: application.ruleSetId,
            programme: application.programme,
          })}
          taskListHref={taskListHref}
        />
      ) : (
        <div className="space-y-4">
          <p>{t("documents.sectionLead")}</p>
          {application.documents.filter((d) => d.section !== "documents").length > 0 && (
            <ul className="list-inside list-disc text-sm">
              {application.documents
                .filter((d) => d.section !== "documents")
                .map((d) => (
                  <li key={d.id}>
                    {pick(SECTION_LABELS[d.section as ApplicationSection] ?? { zh: d.section, en: d.section }, locale)}:{" "}
                    <a href={`/api/documents/${d.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">
                      {d.fileName}
                    </a>
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
      <DocumentsPanel applicationId={id} section={section} sectionTitle={title} documents={documentsOf(section)} editable={documentsEditable} />
      {!isFormSection(section) && editable && (
        <MarkSectionComplete
          applicationId={id}
          section={section}
          facts={application.facts as Facts}
          version={application.version}
          complete={application.sectionState[section] === "complete"}
          taskListHref={taskListHref}
        />
      )}
      <nav aria-label={t("application.sectionNav")} className="flex gap-4 text-sm">
        <Link href={taskListHref} className="text-brand-700 underline">
          {t("form.backToTasks")}
        </Link>
        {next && (
          <Link href={`/company/applications/${id}/sections/${next}`} className="text-brand-700 underline">
            {t("application.nextSection", { name: pick(SECTION_LABELS[next], locale) })}
          </Link>
        )}
      </nav>
    </div>
  );
}

import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationHeader } from "@/components/company/application-header";
import { pick } from "@/components/company/pick";
import { sectionEditable, sectionProgress } from "@/components/company/section-progress";
import { APPLICATION_SECTIONS, SECTION_LABELS } from "@/lib/application/sections";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { isEditableByCompany } from "@/lib/workflow/application-lifecycle";
import { DeleteDraftControl } from "@/components/company/delete-draft-control";
import { loadCompanyApplication } from "./load-application";

export const dynamic = "force-dynamic";

const TONE = { "not-started": "bg-slate-100 text-slate-800", "in-progress": "bg-amber-100 text-amber-900", complete: "bg-green-100 text-green-900" } as const;

/** The task list: each section with its state, the way to check answers and submit. */
export default async function ApplicationTasks({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("application:edit");
  const { id } = await params;
  const application = await loadCompanyApplication(actor, id);
  if (!isEditableByCompany(application.status)) redirect(`/company/applications/${id}/status`);
  const [t, locale] = await Promise.all([getTranslations("company"), getLocale()]);
  const returned = application.status === "returned";
  const done = APPLICATION_SECTIONS.filter((s) => sectionProgress(application.sectionState, s, application.documents.length) === "complete").length;
  return (
    <div className="space-y-6">
      <ApplicationHeader application={application} title={t("application.tasksTitle")} />
      {returned && (
        <div className="rounded border border-amber-500 bg-amber-50 p-3" role="note">
          <p>{t("application.returnedNote")}</p>
          <Link href={`/company/applications/${id}/status`} className="text-brand-700 underline">
            {t("application.seeReasons")}
          </Link>
        </div>
      )}
      <p>{t("application.progress", { done, total: APPLICATION_SECTIONS.length })}</p>
      <ol className="divide-y rounded border" data-testid="task-list">
        {APPLICATION_SECTIONS.map((section) => {
          const progress = sectionProgress(application.sectionState, section, application.documents.length);
          const editable = sectionEditable(application.status, application.reopenSections, section);
          return (
            <li key={section} className="flex items-center justify-between gap-3 p-3" data-section={section} data-progress={progress}>
              <Link href={`/company/applications/${id}/sections/${section}`} className="text-brand-700 underline" aria-describedby={`state-${section}`}>
                {pick(SECTION_LABELS[section], locale)}
              </Link>
              {/* After a return the one state that matters is whether the section is to be corrected:
                  "to correct" beside a green "complete" read as two contradicting answers. */}
              {returned ? (
                <span
                  id={`state-${section}`}
                  data-returned-state={editable ? "reopened" : "locked"}
                  className={`rounded px-2 py-0.5 text-sm ${editable ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-800"}`}
                >
                  {editable ? t("application.reopened") : t("application.lockedShort")}
                </span>
              ) : (
                <span id={`state-${section}`} className={`rounded px-2 py-0.5 text-sm ${TONE[progress]}`}>
                  {t(`progress.${progress}`)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <Link href={`/company/applications/${id}/check`} className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("application.checkAnswers")}
      </Link>
      {application.status === "draft" && <DeleteDraftControl applicationId={id} version={application.version} />}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationSummary } from "@/components/review/application-summary";
import { approveKindFor } from "@/components/review/approve-kind";
import { AssignReviewerForm } from "@/components/review/assign-reviewer-form";
import { pick } from "@/components/review/bilingual";
import { DecisionForm } from "@/components/review/decision-form";
import { DocumentsList } from "@/components/review/documents-list";
import { EvaluationComparison } from "@/components/review/evaluation-comparison";
import { ExpertPanel } from "@/components/review/expert-panel";
import { FactsBySection } from "@/components/review/facts-by-section";
import { NoteForm } from "@/components/review/note-form";
import { NotesList } from "@/components/review/notes-list";
import { loadOr404 } from "@/components/review/page-guard";
import { Timeline } from "@/components/review/timeline";
import { addApplicationNoteAction } from "@/lib/actions/review/add-application-note";
import { assignExpertsAction } from "@/lib/actions/review/assign-experts";
import { assignReviewerAction } from "@/lib/actions/review/assign-reviewer";
import { decideApplicationAction } from "@/lib/actions/review/decide-application";
import { may } from "@/lib/auth/permissions";
import { reviewLevelOf } from "@/lib/auth/roles";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { DomainError } from "@/lib/errors/domain-error";
import type { EvaluationResult } from "@/lib/rules";
import { QUEUE_PATH } from "@/lib/review/queue-filters";
import { getApplicationForReview } from "@/lib/services/review/application-for-review";
import { listAssignableReviewers } from "@/lib/services/review/assignable-reviewers";
import { expertReviewResults } from "@/lib/services/review/expert-review-results";
import { freshEvaluationForStaff } from "@/lib/services/review/fresh-evaluation";
import { listApplicationNotes } from "@/lib/services/review/list-application-notes";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review.queue");
  return { title: t("title") };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A fresh evaluation that cannot be made (e.g. no rule set in force) is reported, not fatal. */
async function freshOrReason(load: Promise<EvaluationResult>, locale: string): Promise<{ fresh: EvaluationResult | null; error: string | null }> {
  try {
    return { fresh: await load, error: null };
  } catch (error) {
    if (error instanceof DomainError) return { fresh: null, error: pick(error.bilingual, locale) };
    throw error;
  }
}

/**
 * One file as an official reviews it. The service loads it only within the official's
 * jurisdiction (another city's id is a 404) and says which decisions this official may take now.
 */
export default async function ReviewApplicationPage({ params }: { params: Params }) {
  const actor = await requirePagePermission("queue:read");
  const { id } = await params;
  const application = await loadOr404(getApplicationForReview(actor, id));
  const locale = await getLocale();
  const expertsShown = may(actor, "expert:assign", { tier: application.tier });
  const [t, experts, notes, reviewers, evaluation, expertResults] = await Promise.all([
    getTranslations("review.detail"),
    getTranslations("review.experts"),
    listApplicationNotes(actor, id),
    listAssignableReviewers(actor),
    freshOrReason(freshEvaluationForStaff(actor, id), locale),
    expertsShown ? expertReviewResults(actor, id) : null,
  ]);
  const reviewing = application.allowedActions.length > 0;

  return (
    <div className="space-y-8">
      <Link href={QUEUE_PATH} className="text-brand-600 underline">
        ← {t("back")}
      </Link>
      <ApplicationSummary application={application} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-8">
          <Section id="facts-title" title={t("factsTitle")}>
            <FactsBySection facts={application.facts} highlight={application.status === "returned" ? application.reopenSections : []} />
          </Section>
          <Section id="documents-title" title={t("documentsTitle")}>
            <DocumentsList documents={application.documents} />
          </Section>
        </div>
        <aside className="space-y-8" aria-label={t("actionsTitle")}>
          <Section id="decision-title" title={t("actionsTitle")}>
            <DecisionForm
              applicationId={application.id}
              version={application.version}
              allowed={application.allowedActions}
              approveKind={approveKindFor(reviewLevelOf(actor.role) ?? "ministry", application.tier)}
              requirements={application.requirements}
              approval={application.approval}
              action={decideApplicationAction}
            />
          </Section>
          {reviewing && (
            <Section id="assign-title" title={t("assignTitle")}>
              <AssignReviewerForm
                applicationId={application.id}
                assigneeId={application.assignedTo?.id ?? null}
                reviewers={reviewers}
                action={assignReviewerAction}
              />
            </Section>
          )}
          {expertResults && (
            <Section id="experts-title" title={experts("title")}>
              <ExpertPanel
                applicationId={application.id}
                results={expertResults}
                open={application.status === "ministry_review"}
                action={assignExpertsAction}
              />
            </Section>
          )}
          <Section id="timeline-title" title={t("timelineTitle")}>
            <Timeline entries={application.timeline} />
          </Section>
          <Section id="notes-title" title={t("notesTitle")}>
            <p className="text-sm text-slate-600">{t("notesLead")}</p>
            <NotesList notes={notes} />
            <NoteForm applicationId={application.id} action={addApplicationNoteAction} />
          </Section>
        </aside>
      </div>
      {/* Full width: the two evaluations side by side need the room. The panel brings its own heading. */}
      <EvaluationComparison stored={application.evaluation} fresh={evaluation.fresh} freshError={evaluation.error} />
    </div>
  );
}

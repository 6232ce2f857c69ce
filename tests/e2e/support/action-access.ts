import { ROLES, STAFF_ROLES, type Role } from "@/lib/auth/roles";

/**
 * The documented answer of every server action to each role: the roles that get past the gate
 * (and then have the record's jurisdiction checked by the service), or "public". A server action
 * missing from this table fails the authorization suite, so a new one cannot be forgotten.
 * The per-record jurisdiction checks (own / other city or province) are tested against the
 * database in tests/integration (review-*, batches-*, recognitions-*, rule-sets-*, documents-*).
 */
const STAFF = STAFF_ROLES;
const ALL = ROLES;

export const ACTION_ACCESS: Record<string, readonly Role[] | "public"> = {
  "lib/i18n/set-locale.ts#setLocale": "public",
  "lib/actions/signup/register-company.ts#registerCompanyAction": "public",
  "lib/actions/signup/list-region-children.ts#listRegionChildrenAction": "public",
  "lib/actions/annual-reports/submit-annual-report.ts#submitAnnualReportAction": ["company"],
  "lib/actions/batches/add-batch-entries.ts#addBatchEntriesAction": ["provincial", "ministry"],
  "lib/actions/batches/announce-batch.ts#announceBatchAction": ["provincial", "ministry"],
  "lib/actions/batches/create-batch.ts#createBatchAction": ["provincial", "ministry"],
  "lib/actions/batches/publish-notice.ts#publishNoticeAction": ["provincial", "ministry"],
  "lib/actions/batches/remove-batch-entry.ts#removeBatchEntryAction": ["provincial", "ministry"],
  "lib/actions/batches/resolve-objection.ts#resolveObjectionAction": ["provincial", "ministry"],
  "lib/actions/batches/withdraw-batch.ts#withdrawBatchAction": ["provincial", "ministry"],
  "lib/actions/calendar/remove-calendar-day.ts#removeCalendarDayAction": ["administrator"],
  "lib/actions/calendar/set-calendar-day.ts#setCalendarDayAction": ["administrator"],
  "lib/actions/change-reports/submit-change-report.ts#submitChangeReportAction": ["company"],
  "lib/actions/company/add-company-user.ts#addCompanyUserAction": ["company"],
  "lib/actions/company/load-draft.ts#loadDraftAction": ["company"],
  "lib/actions/company/save-draft.ts#saveDraftAction": ["company"],
  "lib/actions/company/start-application.ts#startApplicationAction": ["company"],
  "lib/actions/company/transition-application.ts#transitionApplicationAction": ["company"],
  "lib/actions/documents/remove-document.ts#removeDocumentAction": ["company"],
  "lib/actions/jobs/run-jobs.ts#runJobsAction": ["administrator"],
  "lib/actions/notifications/mark-notifications-read.ts#markNotificationsReadAction": ALL,
  "lib/actions/recognitions/cancel-recognition.ts#cancelRecognitionAction": STAFF,
  "lib/actions/recognitions/clear-flag.ts#clearFlagAction": ["provincial", "ministry"],
  "lib/actions/recognitions/propose-cancellation.ts#proposeCancellationAction": ["provincial"],
  "lib/actions/recognitions/start-rereview.ts#startRereviewAction": ["company"],
  "lib/actions/recognitions/withdraw-recognition.ts#withdrawRecognitionAction": ["company"],
  "lib/actions/review/add-application-note.ts#addApplicationNoteAction": STAFF,
  "lib/actions/review/assign-experts.ts#assignExpertsAction": ["ministry"],
  "lib/actions/review/assign-reviewer.ts#assignReviewerAction": STAFF,
  "lib/actions/review/bulk-decide-applications.ts#bulkDecideApplicationsAction": STAFF,
  "lib/actions/review/decide-application.ts#decideApplicationAction": STAFF,
  "lib/actions/review/submit-expert-review.ts#submitExpertReviewAction": ["expert"],
  "lib/actions/rule-sets/create-rule-set-version.ts#createRuleSetVersionAction": ["administrator"],
  "lib/actions/rule-sets/publish-rule-set.ts#publishRuleSetAction": ["administrator"],
  "lib/actions/rule-sets/save-rule-set-draft.ts#saveRuleSetDraftAction": ["administrator"],
};

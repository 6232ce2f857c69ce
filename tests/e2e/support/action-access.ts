import type { Role } from "@/lib/auth/roles";

/**
 * The documented answer of every server action to each role: the roles that get past the gate
 * (and then have the record's jurisdiction checked by the service), or "public". A server action
 * missing from this table fails the authorization suite, so a new one cannot be forgotten.
 * The per-record jurisdiction checks (own / other city or province) are tested against the
 * database in tests/integration (e.g. review-*.test.ts, decide-application.test.ts).
 */
export const ACTION_ACCESS: Record<string, readonly Role[] | "public"> = {
  "lib/i18n/set-locale.ts#setLocale": "public",
  "lib/actions/review/decide-application.ts#decideApplicationAction": ["municipal", "provincial", "ministry"],
  "lib/actions/review/bulk-decide-applications.ts#bulkDecideApplicationsAction": ["municipal", "provincial", "ministry"],
  "lib/actions/review/add-application-note.ts#addApplicationNoteAction": ["municipal", "provincial", "ministry"],
  "lib/actions/review/assign-reviewer.ts#assignReviewerAction": ["municipal", "provincial", "ministry"],
  "lib/actions/review/assign-experts.ts#assignExpertsAction": ["ministry"],
  "lib/actions/review/submit-expert-review.ts#submitExpertReviewAction": ["expert"],
};

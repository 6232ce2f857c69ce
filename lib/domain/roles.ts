/**
 * The kinds of account, and the levels of government among them that review files. One
 * vocabulary: the permission table (lib/auth/permissions.ts) says what each may do, and the
 * state machines name the review levels and the company as the parties to a transition.
 */
export const ROLES = ["company", "municipal", "provincial", "ministry", "administrator", "expert"] as const;
export type Role = (typeof ROLES)[number];

/** The three levels of government that review an application, each an official's role. */
export const REVIEW_LEVELS = ["municipal", "provincial", "ministry"] as const satisfies readonly Role[];
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

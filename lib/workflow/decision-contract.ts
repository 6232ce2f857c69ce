import {
  APPLICATION_REQUIREMENTS,
  APPLICATION_TRANSITIONS,
  REVIEW_STATUSES,
  type ApplicationAction,
  type ApplicationRequirement,
  type ApplicationStatus,
  type TransitionsFrom,
} from "./application-lifecycle";

/**
 * The one input contract of an official's decision on a file, read off the application state
 * machine: the browser form, the server action's schema and the service all check a decision
 * against what the machine's `requires` says, never against a list of their own.
 */

/** The decisions an official takes on a file under review. */
export const DECISION_ACTIONS = ["approve", "return", "reject"] as const satisfies readonly ApplicationAction[];
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export type DecisionRequirements = Readonly<Record<DecisionAction, readonly ApplicationRequirement[]>>;

/**
 * What each decision requires at any review level (the union over the review statuses, so an
 * input one level needs is never left out), before the file's own context adds overrides.
 */
export function decisionRequirements(
  transitions: Readonly<Record<ApplicationStatus, TransitionsFrom>> = APPLICATION_TRANSITIONS,
  statuses: readonly ApplicationStatus[] = REVIEW_STATUSES,
): DecisionRequirements {
  const entries = DECISION_ACTIONS.map((action) => {
    const needed = new Set(statuses.flatMap((status) => transitions[status][action]?.requires ?? []));
    return [action, APPLICATION_REQUIREMENTS.filter((r) => needed.has(r))] as const;
  });
  return Object.fromEntries(entries) as Record<DecisionAction, ApplicationRequirement[]>;
}

export const DECISION_REQUIREMENTS: DecisionRequirements = decisionRequirements();

/** The inputs as a form or a job supplies them; blank text and empty lists count as missing. */
export interface DecisionInputs {
  reason?: string | null;
  sections?: readonly string[] | null;
}

const PRESENT: Readonly<Record<ApplicationRequirement, (input: DecisionInputs) => boolean>> = {
  reason: (input) => (input.reason ?? "").trim().length > 0,
  sections: (input) => (input.sections ?? []).length > 0,
};

/** The required inputs that are missing, in APPLICATION_REQUIREMENTS order (each names its field). */
export function missingInputs(requires: readonly ApplicationRequirement[], input: DecisionInputs): ApplicationRequirement[] {
  return APPLICATION_REQUIREMENTS.filter((r) => requires.includes(r) && !PRESENT[r](input));
}

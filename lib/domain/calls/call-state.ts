import type { IsoDate } from "@/lib/calendar/iso-date";
import type { CallFields, CallIssue } from "./call-input";

/**
 * A call's lifecycle, from its window and the Beijing date (docs/decisions/021): scheduled before
 * it opens, open from the opening day to the closing day inclusive, closed after. What each state
 * allows is the table below; the service checks it before every write.
 */
export const CALL_STATES = ["scheduled", "open", "closed"] as const;
export type CallState = (typeof CALL_STATES)[number];

export function callState(call: { opensOn: IsoDate; closesOn: IsoDate }, today: IsoDate): CallState {
  if (today < call.opensOn) return "scheduled";
  return today <= call.closesOn ? "open" : "closed";
}

export const CALL_OPERATIONS = ["edit", "open-early", "extend", "close"] as const;
export type CallOperation = (typeof CALL_OPERATIONS)[number];

/** Which operations each state allows. */
export const CALL_TRANSITIONS = {
  scheduled: ["edit", "open-early"],
  open: ["edit", "extend", "close"],
  closed: ["edit"],
} as const satisfies Record<CallState, readonly CallOperation[]>;

export const mayOperate = (state: CallState, operation: CallOperation): boolean => (CALL_TRANSITIONS[state] as readonly CallOperation[]).includes(operation);

/**
 * Fields an edit may change in each state. Before opening, everything; once firms can apply,
 * only what does not change their rights: the names and the expected processing days. The
 * window moves only by "extend" and "close"; the rules, tier and notice stay as announced.
 */
const ALWAYS = [
  "nameZh",
  "nameEn",
  "municipalReviewDays",
  "provincialReviewDays",
  "ministryReviewDays",
  "expertReviewDays",
] as const satisfies readonly (keyof CallFields)[];
export const EDITABLE_FIELDS = {
  scheduled: "all",
  open: ALWAYS,
  closed: ALWAYS,
} as const satisfies Record<CallState, "all" | readonly (keyof CallFields)[]>;

/** Fields that no longer change once any firm has applied: its file was made under them. */
export const LOCKED_WITH_APPLICATIONS = ["tier", "year", "regionCode", "ruleSetId"] as const satisfies readonly (keyof CallFields)[];

export function mayEditField(state: CallState, field: keyof CallFields): boolean {
  const editable = EDITABLE_FIELDS[state];
  return editable === "all" || (editable as readonly string[]).includes(field);
}

/** Why each of these changed fields may not change now; empty when the edit may go ahead. */
export function editRefusals(
  state: CallState,
  hasApplications: boolean,
  changed: readonly (keyof CallFields)[],
): { field: keyof CallFields; issue: CallIssue }[] {
  return changed.flatMap((field): { field: keyof CallFields; issue: CallIssue }[] => {
    if (hasApplications && (LOCKED_WITH_APPLICATIONS as readonly string[]).includes(field)) return [{ field, issue: "lockedWithApplications" }];
    if (!mayEditField(state, field)) return [{ field, issue: "lockedOnceOpen" }];
    return [];
  });
}

import { invalidTransition, type Bilingual, type InvalidTransition, type MachineVocabulary } from "./transition-refusal";

/**
 * The lifecycle of a firm's change report (rules.md, "Dynamic management": major changes are
 * reported within 3 months): the firm submits it, its officials accept it — which is when it
 * takes effect on the company (docs/decisions/024) — or refuse it with a reason; the firm may
 * withdraw it while it waits. Accepted, refused and withdrawn reports are final: a refused firm
 * reports again with better evidence.
 */

export const CHANGE_REPORT_STATUSES = ["submitted", "accepted", "refused", "withdrawn"] as const;
export type ChangeReportStatus = (typeof CHANGE_REPORT_STATUSES)[number];

export const CHANGE_REPORT_ACTIONS = ["accept", "refuse", "withdraw"] as const;
export type ChangeReportAction = (typeof CHANGE_REPORT_ACTIONS)[number];

/** Who takes an action: the firm itself, or one of its officials. */
export type ChangeReportParty = "firm" | "official";

/** Inputs an action cannot go without. */
export type ChangeReportRequirement = "reason";

export const CHANGE_REPORT_STATUS_LABELS = {
  submitted: { zh: "待审核", en: "Awaiting decision" },
  accepted: { zh: "已确认生效", en: "Accepted" },
  refused: { zh: "未予确认", en: "Refused" },
  withdrawn: { zh: "企业已撤回", en: "Withdrawn" },
} as const satisfies Record<ChangeReportStatus, Bilingual>;

export const CHANGE_REPORT_ACTION_LABELS = {
  accept: { zh: "确认生效", en: "Accept" },
  refuse: { zh: "不予确认", en: "Refuse" },
  withdraw: { zh: "撤回报告", en: "Withdraw" },
} as const satisfies Record<ChangeReportAction, Bilingual>;

interface ChangeReportRule {
  to: ChangeReportStatus;
  by: ChangeReportParty;
  requires: readonly ChangeReportRequirement[];
}

type TransitionsFrom = Partial<Record<ChangeReportAction, ChangeReportRule>>;

export const CHANGE_REPORT_TRANSITIONS = {
  submitted: {
    accept: { to: "accepted", by: "official", requires: [] },
    // The firm is told why, so it can report again with what was missing.
    refuse: { to: "refused", by: "official", requires: ["reason"] },
    withdraw: { to: "withdrawn", by: "firm", requires: [] },
  },
  accepted: {},
  refused: {},
  withdrawn: {},
} satisfies Record<ChangeReportStatus, TransitionsFrom>;

const TRANSITIONS: Readonly<Record<ChangeReportStatus, TransitionsFrom>> = CHANGE_REPORT_TRANSITIONS;

const VOCABULARY: MachineVocabulary<ChangeReportStatus, ChangeReportAction> = {
  record: { zh: "变化报告", en: "change report" },
  statusLabels: CHANGE_REPORT_STATUS_LABELS,
  actionLabels: CHANGE_REPORT_ACTION_LABELS,
};

export interface MissingInput {
  ok: false;
  code: "missing-input";
  from: ChangeReportStatus;
  action: ChangeReportAction;
  missing: ChangeReportRequirement[];
  message: Bilingual;
}

export type ChangeReportTransitionResult =
  | { ok: true; from: ChangeReportStatus; action: ChangeReportAction; to: ChangeReportStatus }
  | InvalidTransition<ChangeReportStatus, ChangeReportAction>
  | MissingInput;

/** The actions this party may take on a report in this status. */
export function allowedChangeReportActions(status: ChangeReportStatus, party: ChangeReportParty): ChangeReportAction[] {
  return CHANGE_REPORT_ACTIONS.filter((action) => TRANSITIONS[status][action]?.by === party);
}

/** Answers a requested transition; it never throws for a refused one. */
export function transitionChangeReport(
  from: ChangeReportStatus,
  action: ChangeReportAction,
  party: ChangeReportParty,
  input: { reason?: string | null } = {},
): ChangeReportTransitionResult {
  const rule = TRANSITIONS[from][action];
  if (!rule || rule.by !== party) return invalidTransition(VOCABULARY, from, action, allowedChangeReportActions(from, party));
  const missing = rule.requires.filter((r) => r === "reason" && (input.reason ?? "").trim() === "");
  if (missing.length > 0) {
    return {
      ok: false,
      code: "missing-input",
      from,
      action,
      missing,
      message: { zh: "不予确认时必须说明理由。", en: "A refusal needs a reason." },
    };
  }
  return { ok: true, from, action, to: rule.to };
}

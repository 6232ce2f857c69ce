import { invalidTransition, type Bilingual, type InvalidTransition, type MachineVocabulary } from "./transition-refusal";

/**
 * The lifecycle of an application for a title, following rules.md "Procedure": the company
 * submits, the city checks, the province reviews and — for little giants — recommends to MIIT,
 * which decides; an approved application is recognised when its batch is announced.
 */

export const APPLICATION_STATUSES = [
  "draft",
  "municipal_review",
  "provincial_review",
  "ministry_review",
  "returned",
  "approved",
  "rejected",
  "withdrawn",
  "recognised",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_ACTIONS = [
  "submit",
  "approve",
  "return",
  "resubmit",
  "reject",
  "withdraw",
  "recognise",
  "reopen",
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** Tier codes as in rules.md. */
export const TIERS = ["innovative", "specialized", "little-giant"] as const;
export type Tier = (typeof TIERS)[number];

/** The three levels of government that review an application. */
export const REVIEW_LEVELS = ["municipal", "provincial", "ministry"] as const;
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

/** Who performs a transition; a permissions layer maps users to these and adds jurisdiction. */
export const WORKFLOW_ROLES = ["company", ...REVIEW_LEVELS, "system"] as const;
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

/** Inputs a transition cannot go without; the action's zod schema enforces them. */
export const APPLICATION_REQUIREMENTS = ["reason", "sections"] as const;
export type ApplicationRequirement = (typeof APPLICATION_REQUIREMENTS)[number];

export const APPLICATION_STATUS_LABELS = {
  draft: { zh: "草稿", en: "Draft" },
  municipal_review: { zh: "市级审核中", en: "Under municipal review" },
  provincial_review: { zh: "省级审核中", en: "Under provincial review" },
  ministry_review: { zh: "工业和信息化部审核中", en: "Under MIIT review" },
  returned: { zh: "退回修改", en: "Returned for changes" },
  approved: { zh: "审核通过", en: "Approved" },
  rejected: { zh: "未通过", en: "Rejected" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
  recognised: { zh: "已认定", en: "Recognised" },
} as const satisfies Record<ApplicationStatus, Bilingual>;

export const APPLICATION_ACTION_LABELS = {
  submit: { zh: "提交申报", en: "Submit" },
  approve: { zh: "审核通过", en: "Approve" },
  return: { zh: "退回修改", en: "Return for changes" },
  resubmit: { zh: "重新提交", en: "Resubmit" },
  reject: { zh: "不予通过", en: "Reject" },
  withdraw: { zh: "撤回申报", en: "Withdraw" },
  recognise: { zh: "公告认定", en: "Recognise" },
  reopen: { zh: "重新审核", en: "Reopen review" },
} as const satisfies Record<ApplicationAction, Bilingual>;

export const WORKFLOW_ROLE_LABELS = {
  company: { zh: "申报企业", en: "Applicant company" },
  municipal: { zh: "市级主管部门", en: "Municipal department" },
  provincial: { zh: "省级主管部门", en: "Provincial department" },
  ministry: { zh: "工业和信息化部", en: "MIIT" },
  system: { zh: "系统", en: "System" },
} as const satisfies Record<WorkflowRole, Bilingual>;

/** One active application per company, programme and year: every status but these two. */
export const ACTIVE_APPLICATION_STATUSES = [
  "draft",
  "municipal_review",
  "provincial_review",
  "ministry_review",
  "returned",
  "approved",
  "recognised",
] as const satisfies readonly ApplicationStatus[];

/** The company may change the application's content only here. */
export const COMPANY_EDITABLE_STATUSES = ["draft", "returned"] as const satisfies readonly ApplicationStatus[];

/** A decision has been taken (approval may still be reopened by an upheld objection). */
export const DECIDED_STATUSES = ["approved", "rejected", "recognised"] as const satisfies readonly ApplicationStatus[];

export const REVIEW_STATUSES = ["municipal_review", "provincial_review", "ministry_review"] as const satisfies readonly ApplicationStatus[];

const includes = (list: readonly ApplicationStatus[], status: ApplicationStatus) => list.includes(status);
export const isActiveApplication = (status: ApplicationStatus) => includes(ACTIVE_APPLICATION_STATUSES, status);
export const isEditableByCompany = (status: ApplicationStatus) => includes(COMPANY_EDITABLE_STATUSES, status);
export const isDecided = (status: ApplicationStatus) => includes(DECIDED_STATUSES, status);

/** What a transition may depend on besides the current status. */
export interface ApplicationContext {
  tier: Tier;
  /** Which level returned the application; meaningful only while it is `returned`. */
  returnedByLevel: ReviewLevel | null;
}

interface Step {
  to: ApplicationStatus;
  actor: WorkflowRole;
}

/** A fixed destination, or one chosen by the tier or by the level that returned the file. */
type Destination = Step | { byTier: Readonly<Record<Tier, Step>> } | { byReturnedLevel: Readonly<Record<ReviewLevel, Step>> };

export interface ApplicationTransitionRule {
  destination: Destination;
  requires: readonly ApplicationRequirement[];
  /** `return` records the level that returned the file, so `resubmit` goes back to it. */
  recordsReturnBy?: ReviewLevel;
}

type TransitionsFrom = Partial<Record<ApplicationAction, ApplicationTransitionRule>>;

/** What every review level may do besides approving: return, reject; the company may withdraw. */
function decisionsAt(level: ReviewLevel): TransitionsFrom {
  return {
    return: { destination: { to: "returned", actor: level }, requires: ["reason", "sections"], recordsReturnBy: level },
    reject: { destination: { to: "rejected", actor: level }, requires: ["reason"] },
    // "Before a decision" the company may withdraw, at any level of review.
    withdraw: { destination: { to: "withdrawn", actor: "company" }, requires: [] },
  };
}

export const APPLICATION_TRANSITIONS = {
  draft: {
    submit: { destination: { to: "municipal_review", actor: "company" }, requires: [] },
    withdraw: { destination: { to: "withdrawn", actor: "company" }, requires: [] },
  },
  // Every tier starts with the city's preliminary check (delegated for innovative SMEs).
  municipal_review: {
    approve: { destination: { to: "provincial_review", actor: "municipal" }, requires: [] },
    ...decisionsAt("municipal"),
  },
  // The province recognises tiers 1 and 2 itself and recommends little giants to MIIT.
  provincial_review: {
    approve: {
      destination: {
        byTier: {
          innovative: { to: "approved", actor: "provincial" },
          specialized: { to: "approved", actor: "provincial" },
          "little-giant": { to: "ministry_review", actor: "provincial" },
        },
      },
      requires: [],
    },
    ...decisionsAt("provincial"),
  },
  ministry_review: {
    approve: { destination: { to: "approved", actor: "ministry" }, requires: [] },
    ...decisionsAt("ministry"),
  },
  // Back to the level that returned the file, not to the start.
  returned: {
    resubmit: {
      destination: {
        byReturnedLevel: {
          municipal: { to: "municipal_review", actor: "company" },
          provincial: { to: "provincial_review", actor: "company" },
          ministry: { to: "ministry_review", actor: "company" },
        },
      },
      requires: [],
    },
    withdraw: { destination: { to: "withdrawn", actor: "company" }, requires: [] },
  },
  approved: {
    // Announcing the batch recognises every approved application in it.
    recognise: { destination: { to: "recognised", actor: "system" }, requires: [] },
    // An objection upheld during public notice sends the file back to the level that approves
    // the tier, with the reason recorded (rules.md, Procedure: objections).
    reopen: {
      destination: {
        byTier: {
          innovative: { to: "provincial_review", actor: "provincial" },
          specialized: { to: "provincial_review", actor: "provincial" },
          "little-giant": { to: "ministry_review", actor: "ministry" },
        },
      },
      requires: ["reason"],
    },
  },
  rejected: {},
  withdrawn: {},
  recognised: {},
} satisfies Record<ApplicationStatus, TransitionsFrom>;

const TRANSITIONS: Readonly<Record<ApplicationStatus, TransitionsFrom>> = APPLICATION_TRANSITIONS;

const VOCABULARY: MachineVocabulary<ApplicationStatus, ApplicationAction> = {
  record: { zh: "申报", en: "application" },
  statusLabels: APPLICATION_STATUS_LABELS,
  actionLabels: APPLICATION_ACTION_LABELS,
};

export interface ApplicationTransitionAllowed {
  ok: true;
  from: ApplicationStatus;
  action: ApplicationAction;
  to: ApplicationStatus;
  /** The only role that may perform this transition. */
  actor: WorkflowRole;
  requires: readonly ApplicationRequirement[];
  /** The value to store after the transition: the returning level for `return`, else null. */
  returnedByLevel: ReviewLevel | null;
}

export type ApplicationTransitionResult =
  | ApplicationTransitionAllowed
  | InvalidTransition<ApplicationStatus, ApplicationAction>;

function resolve(
  from: ApplicationStatus,
  action: ApplicationAction,
  context: ApplicationContext,
): { rule: ApplicationTransitionRule; step: Step } | null {
  const rule = TRANSITIONS[from][action];
  if (!rule) return null;
  const { destination } = rule;
  // A file in `returned` without a recorded level cannot know where to go back to; it is
  // refused rather than guessed.
  const step =
    "to" in destination
      ? destination
      : "byTier" in destination
        ? destination.byTier[context.tier]
        : context.returnedByLevel === null
          ? undefined
          : destination.byReturnedLevel[context.returnedByLevel];
  return step ? { rule, step } : null;
}

/**
 * The actions that would succeed from `status` in this context, in APPLICATION_ACTIONS order;
 * with `actor`, only those that role performs.
 */
export function allowedApplicationActions(
  status: ApplicationStatus,
  context: ApplicationContext,
  actor?: WorkflowRole,
): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => {
    const resolved = resolve(status, action, context);
    return resolved !== null && (actor === undefined || resolved.step.actor === actor);
  });
}

/** Answers a requested transition; it never throws for a refused one. */
export function transitionApplication(
  from: ApplicationStatus,
  action: ApplicationAction,
  context: ApplicationContext,
): ApplicationTransitionResult {
  const resolved = resolve(from, action, context);
  if (!resolved) return invalidTransition(VOCABULARY, from, action, allowedApplicationActions(from, context));
  return {
    ok: true,
    from,
    action,
    to: resolved.step.to,
    actor: resolved.step.actor,
    requires: resolved.rule.requires,
    returnedByLevel: resolved.rule.recordsReturnBy ?? null,
  };
}

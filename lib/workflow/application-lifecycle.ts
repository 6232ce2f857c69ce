import { guardFailed, invalidTransition, type Bilingual, type GuardFailed, type InvalidTransition, type MachineVocabulary } from "./transition-refusal";

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

export const APPLICATION_ACTIONS = ["submit", "approve", "return", "resubmit", "reject", "withdraw", "recognise", "reopen"] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** Tier codes as in rules.md: the portal's one vocabulary (lib/domain/tier.ts). */
import { TIERS, type Tier } from "@/lib/domain/tier";
export { TIERS, type Tier };

/** The three levels of government that review an application (lib/domain/roles.ts). */
import { REVIEW_LEVELS, type ReviewLevel, type Role } from "@/lib/domain/roles";
export { REVIEW_LEVELS, type ReviewLevel };

/**
 * Who performs a transition: the company, a review level (each an account role), or the system
 * (announcing a batch). The permission table adds jurisdiction and tier.
 */
export const WORKFLOW_ROLES = ["company", ...REVIEW_LEVELS, "system"] as const satisfies readonly (Role | "system")[];
export type WorkflowRole = (typeof WORKFLOW_ROLES)[number];

/**
 * Inputs a transition cannot go without: decision-contract.ts builds the decision form's and
 * action's schemas from them, and recordTransition checks them again for every caller.
 */
export const APPLICATION_REQUIREMENTS = ["reason", "sections"] as const;
export type ApplicationRequirement = (typeof APPLICATION_REQUIREMENTS)[number];

/**
 * Hard rules: while one fails, the transition is refused whatever the official writes
 * (docs/decisions/018). MIIT's expert review is part of its decision on a little giant
 * (rules.md, Procedure), so its approval waits until every assigned expert has reported.
 */
export const APPLICATION_GUARDS = ["expert-reviews-outstanding"] as const;
export type ApplicationGuard = (typeof APPLICATION_GUARDS)[number];

export const APPLICATION_GUARD_MESSAGES = {
  "expert-reviews-outstanding": {
    zh: "已分配的专家尚未全部提交评审意见，全部提交后方可审核通过",
    en: "not every assigned expert has submitted a review yet; approval is possible once all are in",
  },
} as const satisfies Record<ApplicationGuard, Bilingual>;

/**
 * Overrides: the transition stays possible, but only as an explicit departure from what the
 * platform judged, with the inputs listed here (a reason), recorded as an override
 * (docs/decisions/018). The officials decide; the rules engine advises.
 */
export const APPLICATION_OVERRIDES = ["judged-not-eligible"] as const;
export type ApplicationOverride = (typeof APPLICATION_OVERRIDES)[number];

export const APPLICATION_OVERRIDE_LABELS = {
  "judged-not-eligible": { zh: "按认定标准评估为不符合条件", en: "judged not eligible by the rules" },
} as const satisfies Record<ApplicationOverride, Bilingual>;

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
  /** The experts assigned to the file (MIIT's blind review) and how many have reported. */
  expertReviews: ExpertReviewCounts;
  /** The evaluation stored at submission: eligible, not eligible, or null (incomplete, none). */
  judgedEligible: boolean | null;
}

export interface ExpertReviewCounts {
  assigned: number;
  submitted: number;
}

/** A context with no expert assigned and no stored judgement (a draft, a test, a job). */
export const NO_REVIEW_FINDINGS = { expertReviews: { assigned: 0, submitted: 0 }, judgedEligible: null } as const satisfies Omit<
  ApplicationContext,
  "tier" | "returnedByLevel"
>;

const GUARD_HOLDS: Readonly<Record<ApplicationGuard, (context: ApplicationContext) => boolean>> = {
  "expert-reviews-outstanding": ({ expertReviews }) => expertReviews.submitted >= expertReviews.assigned,
};

const OVERRIDE_RULES: Readonly<
  Record<ApplicationOverride, { applies: (context: ApplicationContext) => boolean; requires: readonly ApplicationRequirement[] }>
> = {
  "judged-not-eligible": { applies: ({ judgedEligible }) => judgedEligible === false, requires: ["reason"] },
};

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
  /** Hard rules that must hold in the context. */
  guards?: readonly ApplicationGuard[];
  /** Conditions that, when they apply, make this transition an override with further inputs. */
  overrides?: readonly ApplicationOverride[];
}

export type TransitionsFrom = Partial<Record<ApplicationAction, ApplicationTransitionRule>>;

/**
 * Approving against the stored judgement "not eligible" is an override at every level: the
 * evaluation advises, the official decides and says why.
 */
const approveTo = (to: ApplicationStatus, actor: WorkflowRole): ApplicationTransitionRule => ({
  destination: { to, actor },
  requires: [],
  overrides: ["judged-not-eligible"],
});

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
    approve: approveTo("provincial_review", "municipal"),
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
      overrides: ["judged-not-eligible"],
    },
    ...decisionsAt("provincial"),
  },
  ministry_review: {
    approve: { ...approveTo("approved", "ministry"), guards: ["expert-reviews-outstanding"] },
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
  /** Every input this transition needs here: the rule's own and those of its overrides. */
  requires: readonly ApplicationRequirement[];
  /** The overrides that apply: recorded with the transition, each with its required inputs. */
  overrides: readonly ApplicationOverride[];
  /** The value to store after the transition: the returning level for `return`, else null. */
  returnedByLevel: ReviewLevel | null;
}

export type ApplicationTransitionResult =
  ApplicationTransitionAllowed | InvalidTransition<ApplicationStatus, ApplicationAction> | GuardFailed<ApplicationStatus, ApplicationAction, ApplicationGuard>;

function resolve(from: ApplicationStatus, action: ApplicationAction, context: ApplicationContext): { rule: ApplicationTransitionRule; step: Step } | null {
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

function failedGuards(rule: ApplicationTransitionRule, context: ApplicationContext): ApplicationGuard[] {
  return (rule.guards ?? []).filter((guard) => !GUARD_HOLDS[guard](context));
}

function applyingOverrides(rule: ApplicationTransitionRule, context: ApplicationContext): ApplicationOverride[] {
  return (rule.overrides ?? []).filter((override) => OVERRIDE_RULES[override].applies(context));
}

function requirementsOf(rule: ApplicationTransitionRule, overrides: readonly ApplicationOverride[]): ApplicationRequirement[] {
  const all = new Set<ApplicationRequirement>([...rule.requires, ...overrides.flatMap((o) => OVERRIDE_RULES[o].requires)]);
  return APPLICATION_REQUIREMENTS.filter((r) => all.has(r));
}

/**
 * The actions that would succeed from `status` in this context, in APPLICATION_ACTIONS order;
 * with `actor`, only those that role performs.
 */
export function allowedApplicationActions(status: ApplicationStatus, context: ApplicationContext, actor?: WorkflowRole): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => {
    const resolved = resolve(status, action, context);
    return resolved !== null && failedGuards(resolved.rule, context).length === 0 && (actor === undefined || resolved.step.actor === actor);
  });
}

/** What stands in the way of an action the role could take from this status, if anything. */
export interface ApplicationGate {
  action: ApplicationAction;
  /** Hard rules that fail now: the action is refused until they hold. */
  failed: ApplicationGuard[];
  /** Overrides that apply: the action needs their inputs (`requires`) and is recorded as one. */
  overrides: ApplicationOverride[];
  requires: ApplicationRequirement[];
}

/**
 * The gates on the actions `actor` performs from `status`, so a page can say before the
 * official submits what is refused and what needs an override; actions without a gate are left out.
 */
export function applicationGates(status: ApplicationStatus, context: ApplicationContext, actor: WorkflowRole): ApplicationGate[] {
  return APPLICATION_ACTIONS.flatMap((action) => {
    const resolved = resolve(status, action, context);
    if (!resolved || resolved.step.actor !== actor) return [];
    const failed = failedGuards(resolved.rule, context);
    const overrides = applyingOverrides(resolved.rule, context);
    if (failed.length === 0 && overrides.length === 0) return [];
    return [{ action, failed, overrides, requires: requirementsOf(resolved.rule, overrides) }];
  });
}

/** Answers a requested transition; it never throws for a refused one. */
export function transitionApplication(from: ApplicationStatus, action: ApplicationAction, context: ApplicationContext): ApplicationTransitionResult {
  const resolved = resolve(from, action, context);
  const allowed = () => allowedApplicationActions(from, context);
  if (!resolved) return invalidTransition(VOCABULARY, from, action, allowed());
  const failed = failedGuards(resolved.rule, context);
  if (failed.length > 0) return guardFailed(VOCABULARY, from, action, failed, APPLICATION_GUARD_MESSAGES, allowed());
  const overrides = applyingOverrides(resolved.rule, context);
  return {
    ok: true,
    from,
    action,
    to: resolved.step.to,
    actor: resolved.step.actor,
    requires: requirementsOf(resolved.rule, overrides),
    overrides,
    returnedByLevel: resolved.rule.recordsReturnBy ?? null,
  };
}

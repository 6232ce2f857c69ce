import { guardFailed, invalidTransition, type Bilingual, type GuardFailed, type InvalidTransition, type MachineVocabulary } from "./transition-refusal";

// The revocation reasons belong to this lifecycle; they live in their own small module.
export { REVOCATION_REASONS, REVOCATION_REASON_INFO, isForCause, type RevocationReason } from "./revocation-reasons";

/**
 * The lifecycle of a title once recognised (rules.md, "Dynamic management"): valid for a
 * period, re-reviewed at expiry, revoked for cause, or given up by the firm.
 */

export const RECOGNITION_STATUSES = ["active", "under_rereview", "expired", "revoked", "withdrawn"] as const;
export type RecognitionStatus = (typeof RECOGNITION_STATUSES)[number];

export const RECOGNITION_ACTIONS = ["start_rereview", "renew", "fail_rereview", "expire", "revoke", "withdraw"] as const;
export type RecognitionAction = (typeof RECOGNITION_ACTIONS)[number];

/** The recognising authority is the province for tiers 1–2 and MIIT for little giants. */
export const RECOGNITION_ACTORS = ["company", "authority", "system"] as const;
export type RecognitionActor = (typeof RECOGNITION_ACTORS)[number];

/** Inputs a transition cannot go without; the action's zod schema enforces them. */
export const RECOGNITION_REQUIREMENTS = ["reason", "reasonCategory"] as const;
export type RecognitionRequirement = (typeof RECOGNITION_REQUIREMENTS)[number];

export const RECOGNITION_GUARDS = ["rereview-pending"] as const;
export type RecognitionGuard = (typeof RECOGNITION_GUARDS)[number];

/** The title counts as held (e.g. as the tier below a higher application) in these states. */
export const TITLE_VALID_STATUSES = ["active", "under_rereview"] as const satisfies readonly RecognitionStatus[];

export function isTitleValid(status: RecognitionStatus): boolean {
  return (TITLE_VALID_STATUSES as readonly RecognitionStatus[]).includes(status);
}

export const RECOGNITION_STATUS_LABELS = {
  active: { zh: "有效", en: "Active" },
  under_rereview: { zh: "复核中", en: "Under re-review" },
  expired: { zh: "已到期", en: "Expired" },
  revoked: { zh: "已撤销", en: "Revoked" },
  withdrawn: { zh: "已主动退出", en: "Withdrawn by the firm" },
} as const satisfies Record<RecognitionStatus, Bilingual>;

export const RECOGNITION_ACTION_LABELS = {
  start_rereview: { zh: "启动复核", en: "Start re-review" },
  renew: { zh: "复核通过", en: "Renew (re-review passed)" },
  fail_rereview: { zh: "复核未通过", en: "Fail re-review" },
  expire: { zh: "到期失效", en: "Expire" },
  revoke: { zh: "撤销称号", en: "Revoke" },
  withdraw: { zh: "主动退出", en: "Withdraw" },
} as const satisfies Record<RecognitionAction, Bilingual>;

export const RECOGNITION_GUARD_MESSAGES = {
  "rereview-pending": {
    zh: "复核尚在进行且未判定不通过，复核期间原称号继续有效",
    en: "a re-review is running and has not failed, and the title stays valid while it runs",
  },
} as const satisfies Record<RecognitionGuard, Bilingual>;

export interface RecognitionContext {
  /** Whether the running re-review has been decided against the firm. */
  rereviewFailed: boolean;
}

interface RecognitionTransitionRule {
  to: RecognitionStatus;
  actor: RecognitionActor;
  requires: readonly RecognitionRequirement[];
  guards: readonly RecognitionGuard[];
}

type TransitionsFrom = Partial<Record<RecognitionAction, RecognitionTransitionRule>>;

const revoke: RecognitionTransitionRule = { to: "revoked", actor: "authority", requires: ["reasonCategory"], guards: [] };

export const RECOGNITION_TRANSITIONS = {
  active: {
    start_rereview: { to: "under_rereview", actor: "authority", requires: [], guards: [] },
    expire: { to: "expired", actor: "system", requires: [], guards: [] },
    revoke,
    withdraw: { to: "withdrawn", actor: "company", requires: [], guards: [] },
  },
  under_rereview: {
    // Passing extends the title by another validity period.
    renew: { to: "active", actor: "authority", requires: [], guards: [] },
    fail_rereview: { to: "expired", actor: "authority", requires: ["reason"], guards: [] },
    // "The old title stays valid while the re-review runs" (rules.md): the expiry job may only
    // end the title once the re-review has failed.
    expire: { to: "expired", actor: "system", requires: [], guards: ["rereview-pending"] },
    revoke,
  },
  expired: {},
  revoked: {},
  withdrawn: {},
} satisfies Record<RecognitionStatus, TransitionsFrom>;

const TRANSITIONS: Readonly<Record<RecognitionStatus, TransitionsFrom>> = RECOGNITION_TRANSITIONS;

const GUARD_HOLDS: Readonly<Record<RecognitionGuard, (context: RecognitionContext) => boolean>> = {
  "rereview-pending": (context) => context.rereviewFailed,
};

const VOCABULARY: MachineVocabulary<RecognitionStatus, RecognitionAction> = {
  record: { zh: "认定", en: "recognition" },
  statusLabels: RECOGNITION_STATUS_LABELS,
  actionLabels: RECOGNITION_ACTION_LABELS,
};

export type RecognitionTransitionResult =
  | {
      ok: true;
      from: RecognitionStatus;
      action: RecognitionAction;
      to: RecognitionStatus;
      actor: RecognitionActor;
      requires: readonly RecognitionRequirement[];
    }
  | InvalidTransition<RecognitionStatus, RecognitionAction>
  | GuardFailed<RecognitionStatus, RecognitionAction, RecognitionGuard>;

function failedGuards(rule: RecognitionTransitionRule, context: RecognitionContext): RecognitionGuard[] {
  return rule.guards.filter((guard) => !GUARD_HOLDS[guard](context));
}

/** The actions that would succeed now; with `actor`, only those that role performs. */
export function allowedRecognitionActions(status: RecognitionStatus, context: RecognitionContext, actor?: RecognitionActor): RecognitionAction[] {
  return RECOGNITION_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[status][action];
    return rule !== undefined && failedGuards(rule, context).length === 0 && (actor === undefined || rule.actor === actor);
  });
}

/** Answers a requested transition; it never throws for a refused one. */
export function transitionRecognition(from: RecognitionStatus, action: RecognitionAction, context: RecognitionContext): RecognitionTransitionResult {
  const rule = TRANSITIONS[from][action];
  const allowed = () => allowedRecognitionActions(from, context);
  if (!rule) return invalidTransition(VOCABULARY, from, action, allowed());
  const failed = failedGuards(rule, context);
  if (failed.length > 0) return guardFailed(VOCABULARY, from, action, failed, RECOGNITION_GUARD_MESSAGES, allowed());
  return { ok: true, from, action, to: rule.to, actor: rule.actor, requires: rule.requires };
}

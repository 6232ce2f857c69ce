import { guardFailed, invalidTransition, type Bilingual, type GuardFailed, type InvalidTransition, type MachineVocabulary } from "./transition-refusal";

/**
 * The lifecycle of a recognition batch: drafted, put on public notice (公示), then announced
 * (rules.md, Procedure). Announcing is what recognises the approved applications in it.
 */

export const BATCH_STATUSES = ["draft", "notice", "announced", "withdrawn"] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const BATCH_ACTIONS = ["publish_notice", "extend_notice", "announce", "withdraw", "return_to_draft"] as const;
export type BatchAction = (typeof BATCH_ACTIONS)[number];

/** Preconditions of `announce` that the status alone cannot tell. */
export const BATCH_GUARDS = ["open-objection", "notice-period-running"] as const;
export type BatchGuard = (typeof BATCH_GUARDS)[number];

export const BATCH_STATUS_LABELS = {
  draft: { zh: "草稿", en: "Draft" },
  notice: { zh: "公示中", en: "On public notice" },
  announced: { zh: "已公告", en: "Announced" },
  withdrawn: { zh: "已撤销", en: "Withdrawn" },
} as const satisfies Record<BatchStatus, Bilingual>;

export const BATCH_ACTION_LABELS = {
  publish_notice: { zh: "发布公示", en: "Publish notice" },
  extend_notice: { zh: "延长公示", en: "Extend notice" },
  announce: { zh: "正式公告", en: "Announce" },
  withdraw: { zh: "撤销批次", en: "Withdraw batch" },
  return_to_draft: { zh: "退回草稿", en: "Return to draft" },
} as const satisfies Record<BatchAction, Bilingual>;

export const BATCH_GUARD_MESSAGES = {
  // Objections are decided before the list is final: an upheld one removes the firm.
  "open-objection": {
    zh: "尚有未处理完毕的异议（全部异议处理完毕后方可公告）",
    en: "an objection is still open (a batch is announced only once every objection is decided)",
  },
  // The notice lasts its configured number of working days (rules.md: in practice 5).
  "notice-period-running": { zh: "公示期尚未结束", en: "the notice period has not ended" },
} as const satisfies Record<BatchGuard, Bilingual>;

export interface BatchContext {
  /** Any objection lodged during the notice that is not yet upheld or dismissed. */
  hasOpenObjection: boolean;
  /** Whether the notice's last day has passed in Beijing time (lib/workflow/notice-window). */
  noticePeriodEnded: boolean;
  /** The first day announcing becomes possible (the day after the last notice day), to name it in a refusal. */
  announcePossibleFrom?: string | null;
}

/** The guard messages for this context: the waiting one names the day from which it is over. */
function guardMessages(context: BatchContext): Record<BatchGuard, Bilingual> {
  const from = context.announcePossibleFrom;
  if (!from) return BATCH_GUARD_MESSAGES;
  const running = BATCH_GUARD_MESSAGES["notice-period-running"];
  return {
    ...BATCH_GUARD_MESSAGES,
    "notice-period-running": {
      zh: `${running.zh}（公示期满后方可公告，最早可于${from}公告）`,
      en: `${running.en} (a batch is announced only after its last notice day; possible from ${from})`,
    },
  };
}

interface BatchTransitionRule {
  to: BatchStatus;
  guards: readonly BatchGuard[];
}

type TransitionsFrom = Partial<Record<BatchAction, BatchTransitionRule>>;

export const BATCH_TRANSITIONS = {
  draft: {
    publish_notice: { to: "notice", guards: [] },
    withdraw: { to: "withdrawn", guards: [] },
  },
  notice: {
    // Longer, never shorter (lib/workflow/notice-window: planExtension decides the dates).
    extend_notice: { to: "notice", guards: [] },
    announce: { to: "announced", guards: ["open-objection", "notice-period-running"] },
    withdraw: { to: "withdrawn", guards: [] },
    // To correct the list before it is announced; it is then noticed again.
    return_to_draft: { to: "draft", guards: [] },
  },
  announced: {},
  withdrawn: {},
} satisfies Record<BatchStatus, TransitionsFrom>;

const TRANSITIONS: Readonly<Record<BatchStatus, TransitionsFrom>> = BATCH_TRANSITIONS;

const GUARD_HOLDS: Readonly<Record<BatchGuard, (context: BatchContext) => boolean>> = {
  "open-objection": (context) => !context.hasOpenObjection,
  "notice-period-running": (context) => context.noticePeriodEnded,
};

const VOCABULARY: MachineVocabulary<BatchStatus, BatchAction> = {
  record: { zh: "批次", en: "batch" },
  statusLabels: BATCH_STATUS_LABELS,
  actionLabels: BATCH_ACTION_LABELS,
};

export type BatchTransitionResult =
  | { ok: true; from: BatchStatus; action: BatchAction; to: BatchStatus }
  | InvalidTransition<BatchStatus, BatchAction>
  | GuardFailed<BatchStatus, BatchAction, BatchGuard>;

function failedGuards(rule: BatchTransitionRule, context: BatchContext): BatchGuard[] {
  return rule.guards.filter((guard) => !GUARD_HOLDS[guard](context));
}

/** The actions that would succeed now: allowed by the status and with every guard holding. */
export function allowedBatchActions(status: BatchStatus, context: BatchContext): BatchAction[] {
  return BATCH_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[status][action];
    return rule !== undefined && failedGuards(rule, context).length === 0;
  });
}

/** Answers a requested transition; it never throws for a refused one. */
export function transitionBatch(from: BatchStatus, action: BatchAction, context: BatchContext): BatchTransitionResult {
  const rule = TRANSITIONS[from][action];
  const allowed = () => allowedBatchActions(from, context);
  if (!rule) return invalidTransition(VOCABULARY, from, action, allowed());
  const failed = failedGuards(rule, context);
  if (failed.length > 0) return guardFailed(VOCABULARY, from, action, failed, guardMessages(context), allowed());
  return { ok: true, from, action, to: rule.to };
}

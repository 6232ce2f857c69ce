/**
 * How every state machine in lib/workflow refuses a transition: as data the server can send
 * back as a 409, naming the state the record is in and what is allowed instead
 * (docs/style.md, convention 3), in Chinese and English.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

/** The words a machine uses in its messages. */
export interface MachineVocabulary<S extends string, A extends string> {
  /** What the record is called: { zh: "申报", en: "application" }. */
  record: Bilingual;
  statusLabels: Readonly<Record<S, Bilingual>>;
  actionLabels: Readonly<Record<A, Bilingual>>;
}

/** The state does not allow the action at all (or not in this context). */
export interface InvalidTransition<S extends string, A extends string> {
  ok: false;
  code: "invalid-transition";
  from: S;
  action: A;
  /** The actions that would succeed now, in the machine's action order. */
  allowed: A[];
  message: Bilingual;
}

/** The state allows the action, but a precondition (guard) in the context does not hold yet. */
export interface GuardFailed<S extends string, A extends string, G extends string> {
  ok: false;
  code: "guard-failed";
  from: S;
  action: A;
  /** Every guard that failed, not just the first, so the user can fix them all at once. */
  failed: G[];
  allowed: A[];
  message: Bilingual;
}

function describeAllowed<S extends string, A extends string>(vocabulary: MachineVocabulary<S, A>, allowed: readonly A[]): Bilingual {
  if (allowed.length === 0) return { zh: "此状态下没有可执行的操作。", en: "No action is allowed in this state." };
  const labels = allowed.map((a) => vocabulary.actionLabels[a]);
  return {
    zh: `当前可执行的操作：${labels.map((l) => `“${l.zh}”`).join("、")}。`,
    en: `Allowed now: ${labels.map((l) => `"${l.en}"`).join(", ")}.`,
  };
}

export function invalidTransition<S extends string, A extends string>(
  vocabulary: MachineVocabulary<S, A>,
  from: S,
  action: A,
  allowed: A[],
): InvalidTransition<S, A> {
  const { record, statusLabels, actionLabels } = vocabulary;
  const state = statusLabels[from];
  const verb = actionLabels[action];
  const rest = describeAllowed(vocabulary, allowed);
  return {
    ok: false,
    code: "invalid-transition",
    from,
    action,
    allowed,
    message: {
      zh: `${record.zh}当前状态为“${state.zh}”，不能执行“${verb.zh}”。${rest.zh}`,
      en: `The ${record.en} is in state "${state.en}", so "${verb.en}" is not possible. ${rest.en}`,
    },
  };
}

export function guardFailed<S extends string, A extends string, G extends string>(
  vocabulary: MachineVocabulary<S, A>,
  from: S,
  action: A,
  failed: G[],
  guardMessages: Readonly<Record<G, Bilingual>>,
  allowed: A[],
): GuardFailed<S, A, G> {
  const { record, statusLabels, actionLabels } = vocabulary;
  const state = statusLabels[from];
  const verb = actionLabels[action];
  const reasons = failed.map((g) => guardMessages[g]);
  const rest = describeAllowed(vocabulary, allowed);
  return {
    ok: false,
    code: "guard-failed",
    from,
    action,
    failed,
    allowed,
    message: {
      zh: `${record.zh}当前状态为“${state.zh}”，暂不能执行“${verb.zh}”：${reasons.map((r) => r.zh).join("；")}。${rest.zh}`,
      en: `The ${record.en} is in state "${state.en}", but "${verb.en}" is not possible yet: ${reasons.map((r) => r.en).join("; ")}. ${rest.en}`,
    },
  };
}

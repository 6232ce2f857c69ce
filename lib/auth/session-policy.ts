import type { Actor, Role } from "./roles";

/**
 * When a signed-in session is over (docs/decisions/011). Plain data in, a verdict out: the
 * session store reads the record and the account in one query and asks this.
 *
 * SESSION_IDLE_MINUTES (default 30): officials, administrators and experts;
 * SESSION_IDLE_MINUTES_COMPANY (default 120): company users, who fill in long forms;
 * SESSION_MAX_HOURS (default 12): from sign-in, however active.
 */
export interface SessionPolicy {
  idleMinutes: Record<"staff" | "company", number>;
  maxHours: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: { staff: 30, company: 120 }, maxHours: 12 };

/** How stale lastSeenAt may get before it is written again: the idle limit is this precise. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

function positive(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

export function sessionPolicyFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): SessionPolicy {
  return {
    idleMinutes: {
      staff: positive(env.SESSION_IDLE_MINUTES, DEFAULT_SESSION_POLICY.idleMinutes.staff, "SESSION_IDLE_MINUTES"),
      company: positive(env.SESSION_IDLE_MINUTES_COMPANY, DEFAULT_SESSION_POLICY.idleMinutes.company, "SESSION_IDLE_MINUTES_COMPANY"),
    },
    maxHours: positive(env.SESSION_MAX_HOURS, DEFAULT_SESSION_POLICY.maxHours, "SESSION_MAX_HOURS"),
  };
}

/** Firms' users get the longer idle limit; every official's, administrator's and expert's account the shorter. */
const IDLE_CLASS: Record<Role, keyof SessionPolicy["idleMinutes"]> = {
  company: "company",
  municipal: "staff",
  provincial: "staff",
  ministry: "staff",
  administrator: "staff",
  expert: "staff",
};

export function idleLimitMs(role: Role, policy: SessionPolicy): number {
  return policy.idleMinutes[IDLE_CLASS[role]] * 60_000;
}

/** The session row joined with its account, as the store reads it. */
export interface SessionState {
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  sessionVersion: number;
  account: Pick<Actor, "role" | "jurisdictionCode" | "companyId"> & { sessionVersion: number; disabledAt: Date | null };
  /** Signed in where two-factor is required and the account has not set it up yet. */
  enrolmentPending?: boolean;
}

export type SessionEndReason = "sign-out" | "ended" | "revoked" | "disabled" | "account-changed" | "idle" | "expired" | "unknown";

/** `enrolTwoFactor`: the session opens nothing but the two-factor enrolment page (docs/decisions/025). */
export type SessionVerdict = { live: true; touch: boolean; enrolTwoFactor: boolean } | { live: false; reason: SessionEndReason; record: boolean };

/**
 * Live, or why not. `record` says the end is new and should be written on the row; `touch`
 * that lastSeenAt is stale enough to write now.
 */
export function sessionVerdict(
  state: SessionState | null,
  actor: Pick<Actor, "role" | "jurisdictionCode" | "companyId">,
  now: Date,
  policy: SessionPolicy,
): SessionVerdict {
  if (!state) return { live: false, reason: "unknown", record: false };
  if (state.endedAt) return { live: false, reason: "ended", record: false };
  const { account } = state;
  if (account.disabledAt) return { live: false, reason: "disabled", record: true };
  if (account.sessionVersion !== state.sessionVersion) return { live: false, reason: "revoked", record: true };
  // The session carries the role and jurisdiction it was signed in with; authorization must never run on old ones.
  if (account.role !== actor.role || account.jurisdictionCode !== actor.jurisdictionCode || account.companyId !== actor.companyId) {
    return { live: false, reason: "account-changed", record: true };
  }
  const t = now.getTime();
  if (t - state.createdAt.getTime() >= policy.maxHours * 3_600_000) return { live: false, reason: "expired", record: true };
  if (t - state.lastSeenAt.getTime() >= idleLimitMs(actor.role, policy)) return { live: false, reason: "idle", record: true };
  return { live: true, touch: t - state.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS, enrolTwoFactor: state.enrolmentPending === true };
}

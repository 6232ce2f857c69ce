import { database } from "@/lib/db/client";
import type { Tx } from "@/lib/services/db-types";
import type { Actor } from "./roles";
import { sessionPolicyFromEnv, sessionVerdict, type SessionEndReason, type SessionPolicy, type SessionState, type SessionVerdict } from "./session-policy";
import { wallClock } from "@/lib/calendar/today";

/**
 * The server side of a session (docs/decisions/011): the cookie carries a session id; the row
 * says whether it is still open. Checked on every request that reads the session, so the check
 * is one primary-key read joined to the account's primary key, straight to the driver (Prisma's
 * query path costs more CPU than the read itself; scripts/bench-session-check.ts measures it).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function startSession(
  userId: string,
  sessionVersion: number,
  now: Date = wallClock(),
  options: { twoFactorPending?: boolean } = {},
): Promise<string> {
  const db = await database();
  const row = await db.prisma.userSession.create({
    data: { userId, sessionVersion, createdAt: now, lastSeenAt: now, twoFactorPending: options.twoFactorPending === true },
    select: { id: true },
  });
  return row.id;
}

const READ = `SELECT s.created_at, s.last_seen_at, s.ended_at, s.session_version, u.session_version AS account_version,
  u.disabled_at, u.role::text AS role, u.jurisdiction_code, u.company_id::text AS company_id,
  (s.two_factor_pending AND u.totp_enabled_at IS NULL) AS enrolment_pending
  FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id = $1`;

interface Row extends Record<string, unknown> {
  created_at: Date;
  last_seen_at: Date;
  ended_at: Date | null;
  session_version: number;
  account_version: number;
  disabled_at: Date | null;
  role: Actor["role"];
  jurisdiction_code: string | null;
  company_id: string | null;
  enrolment_pending: boolean;
}

export async function readSessionState(sessionId: string): Promise<SessionState | null> {
  if (!UUID.test(sessionId)) return null;
  const { sql } = await database();
  const [row] = await sql.query<Row>(READ, [sessionId]);
  if (!row) return null;
  return {
    createdAt: new Date(row.created_at),
    lastSeenAt: new Date(row.last_seen_at),
    endedAt: row.ended_at ? new Date(row.ended_at) : null,
    sessionVersion: Number(row.session_version),
    account: {
      sessionVersion: Number(row.account_version),
      disabledAt: row.disabled_at ? new Date(row.disabled_at) : null,
      role: row.role,
      jurisdictionCode: row.jurisdiction_code,
      companyId: row.company_id,
    },
    enrolmentPending: row.enrolment_pending === true,
  };
}

/** Whether the session may still be used now; records its end, or its activity, on the row. */
export async function checkSession(
  sessionId: string,
  actor: Pick<Actor, "role" | "jurisdictionCode" | "companyId">,
  now: Date = wallClock(),
  policy: SessionPolicy = sessionPolicyFromEnv(),
): Promise<SessionVerdict> {
  const verdict = sessionVerdict(await readSessionState(sessionId), actor, now, policy);
  if (!verdict.live && verdict.record) await endSession(sessionId, verdict.reason, now);
  else if (verdict.live && verdict.touch) {
    const { sql } = await database();
    await sql.query("UPDATE user_session SET last_seen_at = $2 WHERE id = $1 AND ended_at IS NULL AND last_seen_at < $2", [sessionId, now]);
  }
  return verdict;
}

export async function endSession(sessionId: string, reason: SessionEndReason, now: Date = wallClock()): Promise<void> {
  if (!UUID.test(sessionId)) return;
  const { sql } = await database();
  await sql.query("UPDATE user_session SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL", [sessionId, now, reason]);
}

/**
 * Ends every session of the account, inside the caller's transaction: what a password change or
 * reset, disabling the account, a change of role or jurisdiction, and an administrator's "end
 * sessions" call. Moving the version also ends a session being started at this moment.
 */
export async function endSessionsOf(tx: Tx, userId: string, reason: string, now: Date = wallClock()): Promise<number> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
  const ended = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now, endReason: reason.slice(0, 40) } });
  return ended.count;
}

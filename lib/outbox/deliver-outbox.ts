import type { Tx } from "@/lib/services/db-types";
import { prisma } from "@/lib/db/client";
import { linkFor } from "@/lib/services/notifications/list-notifications";
import { isSealedLink, unsealLink } from "./sealed-link";
import type { Role } from "@/lib/auth/roles";
import { renderEmail, type RenderedEmail } from "./email/render-email";
import { outboxConfig, retryDelaySeconds, type OutboxConfig } from "./outbox-config";
import { smtpConcurrency, smtpTransport } from "./smtp-transport";
import { wallClock } from "@/lib/calendar/today";

/** A claim is this long; a worker that dies holding messages gives them back when it ends. */
export const LEASE_SECONDS = 300;

// nodemailer's codes for a server that cannot be reached or talked to: not the message's fault,
// so after one such failure the rest of the batch is given back instead of each failing in turn.
const SERVER_UNREACHABLE = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "EPROTOCOL"]);

export interface DeliveryOptions {
  db?: Tx;
  now?: () => Date;
  /** Messages claimed at once. */
  limit?: number;
  /** Only these messages (still only if due). */
  ids?: readonly string[];
  config?: OutboxConfig;
  /** Asked between messages: once true, what is claimed and not yet sent is given back. */
  shouldStop?: () => boolean;
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  failed: number;
  dead: number;
  released: number;
}

interface ClaimedRow {
  id: string;
  recipient: string;
  user_id: string | null;
  role: Role | null;
  kind: string;
  title_zh: string;
  title_en: string;
  body_zh: string | null;
  body_en: string | null;
  link: string | null;
  attempts: number;
}

/**
 * Claims due email messages (FOR UPDATE SKIP LOCKED: two workers never claim the same one),
 * sends each with its outbox id as Message-ID, and records the outcome, guarded by the attempt
 * number the claim gave it. A failure waits base · 2^(n−1) seconds; the OUTBOX_MAX_ATTEMPTS-th
 * failure makes the message dead, for an administrator to retry or discard. When the server
 * cannot be reached, one message bears the failure and the others of the batch go back untouched,
 * so an outage does not use up every message's attempts at once. Without SMTP_URL nothing is
 * claimed: the messages wait.
 */
export async function deliverOutbox(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const config = options.config ?? outboxConfig();
  const report: DeliveryReport = { claimed: 0, sent: 0, failed: 0, dead: 0, released: 0 };
  if (!config.smtpUrl) return report;
  const db = options.db ?? (await prisma());
  const clock = options.now ?? (() => wallClock());
  const now = clock();
  const only = options.ids && options.ids.length > 0 ? options.ids : null;
  const rows = await db.$queryRawUnsafe<ClaimedRow[]>(
    `WITH due AS (
       SELECT id FROM outbox
        WHERE channel = 'email'
          AND ((state = 'pending' AND next_attempt_at <= $1::timestamptz) OR (state = 'sending' AND locked_until < $1::timestamptz))
          AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
        ORDER BY next_attempt_at, created_at
        LIMIT $2
        FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE outbox o SET state = 'sending', attempts = o.attempts + 1, locked_until = $1::timestamptz + make_interval(secs => ${LEASE_SECONDS})
         FROM due WHERE o.id = due.id
       RETURNING o.id, o.recipient, o.user_id, o.kind, o.title_zh, o.title_en, o.body_zh, o.body_en, o.link, o.attempts
     )
     SELECT c.*, u.role::text AS role FROM claimed c LEFT JOIN app_user u ON u.id = c.user_id`,
    now,
    options.limit ?? 100,
    only,
  );
  report.claimed = rows.length;
  if (rows.length === 0) return report;

  const transport = smtpTransport(config.smtpUrl);
  const host = new URL(config.publicUrl).hostname || "sme-registry.local";
  const rendered = new Map<string, Promise<RenderedEmail>>();
  const contentOf = (row: ClaimedRow) => {
    // A sealed account link is already the page it must open; another link goes to the reader's own view of it.
    const link = row.link === null ? null : isSealedLink(row.link) ? unsealLink(row.link) : row.role ? linkFor({ role: row.role }, row.link) : row.link;
    const content = {
      kind: row.kind,
      title: { zh: row.title_zh, en: row.title_en },
      body: row.body_zh || row.body_en ? { zh: row.body_zh ?? row.body_en ?? "", en: row.body_en ?? row.body_zh ?? "" } : null,
      link,
      hasAccount: row.user_id !== null,
    };
    // A batch announcement is one text for thousands of recipients: rendered once.
    const key = JSON.stringify(content);
    let email = rendered.get(key);
    if (!email) rendered.set(key, (email = renderEmail(content, config)));
    return email;
  };

  const queue = [...rows];
  const unsent: ClaimedRow[] = [];
  let serverDown = false;
  const sendNext = async (): Promise<void> => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      if (serverDown || options.shouldStop?.()) {
        unsent.push(row, ...queue.splice(0));
        return;
      }
      try {
        const email = await contentOf(row);
        await transport.sendMail({
          from: config.from,
          to: row.recipient,
          subject: email.subject,
          html: email.html,
          text: email.text,
          messageId: `<${row.id}@${host}>`,
          headers: { "X-Outbox-Id": row.id },
          // Chosen, not detected per message (nodemailer scans every text for it); base64 is
          // encoded natively, quoted-printable in JavaScript.
          textEncoding: "base64",
        });
        await db.$executeRawUnsafe(
          // A sealed account link is erased once sent: the outbox keeps no copy of the secret (sealed-link.ts).
          `UPDATE outbox SET state = 'sent', sent_at = $2::timestamptz, locked_until = NULL, last_error = NULL,
                  link = CASE WHEN link LIKE 'sealed:%' THEN NULL ELSE link END
            WHERE id = $1::uuid AND state = 'sending' AND attempts = $3`,
          row.id,
          clock(),
          row.attempts,
        );
        report.sent += 1;
      } catch (error) {
        if (SERVER_UNREACHABLE.has((error as { code?: string }).code ?? "")) serverDown = true;
        const dead = row.attempts >= config.maxAttempts;
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await db.$executeRawUnsafe(
          `UPDATE outbox SET state = $2, next_attempt_at = $3::timestamptz + make_interval(secs => $4), locked_until = NULL, last_error = $5
            WHERE id = $1::uuid AND state = 'sending' AND attempts = $6`,
          row.id,
          dead ? "dead" : "pending",
          clock(),
          retryDelaySeconds(row.attempts, config),
          message,
          row.attempts,
        );
        if (dead) report.dead += 1;
        else report.failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(smtpConcurrency(config.smtpUrl), rows.length) }, sendNext));

  if (unsent.length > 0) {
    await db.$executeRawUnsafe(
      `UPDATE outbox SET state = 'pending', attempts = attempts - 1, locked_until = NULL WHERE id = ANY($1::uuid[]) AND state = 'sending'`,
      unsent.map((row) => row.id),
    );
    report.released = unsent.length;
  }
  return report;
}

/** Delivers batch after batch until nothing due is left (or a stop is asked). */
export async function deliverUntilIdle(options: DeliveryOptions & { maxBatches?: number } = {}): Promise<DeliveryReport> {
  const total: DeliveryReport = { claimed: 0, sent: 0, failed: 0, dead: 0, released: 0 };
  const limit = options.limit ?? 100;
  for (let batch = 0; batch < (options.maxBatches ?? 1_000); batch += 1) {
    const report = await deliverOutbox({ ...options, limit });
    for (const key of Object.keys(total) as (keyof DeliveryReport)[]) total[key] += report[key];
    if (report.claimed < limit || report.released > 0 || options.shouldStop?.()) break;
  }
  return total;
}

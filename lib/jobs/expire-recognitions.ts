import { RECOGNITION_STATUS_LABELS } from "@/lib/workflow/recognition-lifecycle";
import type { JobDefinition } from "./job-types";
import { machineStep } from "./machine-step";

/**
 * Titles whose last valid day has passed end ("validity: 3 years"; rules.md). Only active
 * titles: one under re-review stays valid until the re-review is decided. One statement moves
 * every such title, writes its "expired" event, audit entry and the firm's notification, so a
 * second run finds nothing left to do.
 */
export const expireRecognitionsJob: JobDefinition = {
  name: "expire-recognitions",
  async run({ tx, today }) {
    const to = machineStep("active", "expire");
    const label = RECOGNITION_STATUS_LABELS[to];
    const [row] = await tx.$queryRaw<{ expired: number; notified: number }[]>`
      WITH expired AS (
        UPDATE recognition SET status = ${to}::"RecognitionStatus", version = version + 1
        WHERE status = 'active' AND valid_until < ${today}::date
        RETURNING id, company_id, certificate_no, valid_until, rereview_right_lost
      ), events AS (
        INSERT INTO recognition_event (id, recognition_id, company_id, kind, reason_category, reason_text, occurred_on)
        SELECT gen_random_uuid(), id, company_id, 'expired',
               CASE WHEN rereview_right_lost THEN 'rereview_right_lost' ELSE 'validity_ended' END,
               '有效期届满', valid_until + 1
        FROM expired
        RETURNING id
      ), audits AS (
        INSERT INTO audit_log (actor_role, action, entity_type, entity_id, from_status, to_status, reason)
        SELECT 'system', 'recognition.expire', 'recognition', id::text, 'active', ${to}, 'validity_ended' FROM expired
        RETURNING id
      ), notes AS (
        INSERT INTO notification (id, user_id, kind, title_zh, title_en, body_zh, body_en, link)
        SELECT gen_random_uuid(), u.id, 'recognition.expire',
               '认定证书' || e.certificate_no || '：' || ${label.zh},
               'Certificate ' || e.certificate_no || ': ' || ${label.en},
               '有效期已于' || to_char(e.valid_until, 'YYYY-MM-DD') || '届满。',
               'Its validity ended on ' || to_char(e.valid_until, 'YYYY-MM-DD') || '.',
               '/company/recognitions/' || e.id
        FROM expired e JOIN app_user u ON u.company_id = e.company_id AND u.role = 'company' AND u.disabled_at IS NULL
        RETURNING id
      )
      SELECT (SELECT count(*) FROM expired)::int AS expired, (SELECT count(*) FROM notes)::int AS notified
    `;
    return { expired: row?.expired ?? 0, notified: row?.notified ?? 0 };
  },
};

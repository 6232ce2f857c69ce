import { addDays } from "@/lib/calendar/iso-date";
import { REREVIEW_INVITATION_DAYS } from "@/lib/domain/recognitions/rereview-invitation-days";
import type { JobDefinition } from "./job-types";

/**
 * Invites holders of active titles ending within the window, once per validity period (a renewed
 * title is invited again near its new end). Holders that lost the right to re-review (annual data
 * missed) are not invited: they are warned, once per title, that it will end on its date.
 */
export const rereviewInvitationsJob: JobDefinition = {
  name: "rereview-invitations",
  async run({ tx, today }) {
    const horizon = addDays(today, REREVIEW_INVITATION_DAYS);
    const [row] = await tx.$queryRaw<{ invited: number; notified: number }[]>`
      WITH due AS (
        SELECT r.id, r.company_id, r.certificate_no, r.valid_until
        FROM recognition r
        WHERE r.status = 'active' AND NOT r.rereview_right_lost
          AND r.valid_until >= ${today}::date AND r.valid_until <= ${horizon}::date
          AND NOT EXISTS (
            SELECT 1 FROM recognition_event e
            WHERE e.recognition_id = r.id AND e.kind = 'rereview_invited'
              AND e.occurred_on >= r.valid_until - ${REREVIEW_INVITATION_DAYS}::int)
      ), events AS (
        INSERT INTO recognition_event (id, recognition_id, company_id, kind, reason_text, evidence, occurred_on)
        SELECT gen_random_uuid(), id, company_id, 'rereview_invited',
               '有效期至' || to_char(valid_until, 'YYYY-MM-DD') || '，请在到期前申请复核',
               jsonb_build_object('validUntil', to_char(valid_until, 'YYYY-MM-DD')), ${today}::date
        FROM due
        RETURNING id
      ), notes AS (
        INSERT INTO notification (id, user_id, kind, title_zh, title_en, body_zh, body_en, link)
        SELECT gen_random_uuid(), u.id, 'recognition.rereview_invited',
               '请申请复核：认定证书' || d.certificate_no,
               'Please apply for re-review: certificate ' || d.certificate_no,
               '称号有效期至' || to_char(d.valid_until, 'YYYY-MM-DD') || '。复核通过后有效期延续。',
               'The title is valid until ' || to_char(d.valid_until, 'YYYY-MM-DD') || '. Passing the re-review renews it.',
               '/company/recognitions/' || d.id
        FROM due d JOIN app_user u ON u.role = 'company' AND u.company_id = d.company_id AND u.disabled_at IS NULL
        RETURNING id
      )
      SELECT (SELECT count(*) FROM events)::int AS invited, (SELECT count(*) FROM notes)::int AS notified
    `;
    const [warning] = await tx.$queryRaw<{ warned: number }[]>`
      WITH ending AS (
        SELECT r.id, r.company_id, r.certificate_no, r.valid_until, '/company/recognitions/' || r.id AS link
        FROM recognition r
        WHERE r.status = 'active' AND r.rereview_right_lost
          AND r.valid_until >= ${today}::date AND r.valid_until <= ${horizon}::date
      ), notes AS (
        INSERT INTO notification (id, user_id, kind, title_zh, title_en, body_zh, body_en, link)
        SELECT gen_random_uuid(), u.id, 'recognition.expiry_warning',
               '称号即将到期：认定证书' || e.certificate_no,
               'Your title is about to end: certificate ' || e.certificate_no,
               '称号有效期至' || to_char(e.valid_until, 'YYYY-MM-DD') || '。因未按期报送年度数据，本称号不能复核，到期后即不再有效；符合条件的可重新申报。',
               'The title is valid until ' || to_char(e.valid_until, 'YYYY-MM-DD') || '. As the annual data were not submitted in time it cannot be re-reviewed and ends on that date; a firm that qualifies may apply again.',
               e.link
        FROM ending e JOIN app_user u ON u.role = 'company' AND u.company_id = e.company_id AND u.disabled_at IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.kind = 'recognition.expiry_warning' AND n.link = e.link)
        RETURNING id
      )
      SELECT count(*)::int AS warned FROM notes
    `;
    return { invited: row?.invited ?? 0, notified: row?.notified ?? 0, warned: warning?.warned ?? 0 };
  },
};

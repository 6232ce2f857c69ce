import { reportingYear } from "@/lib/domain/annual-reports/reporting-calendar";
import type { JobDefinition } from "./job-types";
import { DEFAULT_DEADLINE_SETTING, deadlineSettings } from "@/lib/services/annual-reports/deadline-settings";

/**
 * A valid title that has not reported last year's data by its programme's deadline is flagged
 * for its officials and loses the right to re-review (rules.md: "missing it loses the right to
 * re-review"). Recorded once per title and year: the "annual_data_missed" event carries the year
 * and a second run skips titles that have it.
 */
export const annualDataDeadlineJob: JobDefinition = {
  name: "annual-data-deadline",
  async run({ tx, today }) {
    const dataYear = reportingYear(today);
    const passed = (await deadlineSettings(tx, dataYear)).filter((d) => today > d.deadline).map((d) => d.setting);
    if (passed.length === 0) return { flagged: 0, notified: 0 };
    const yearEnd = `${dataYear}-12-31`;
    const [row] = await tx.$queryRaw<{ flagged: number; notified: number }[]>`
      WITH due AS (
        SELECT r.id, r.company_id, r.certificate_no, r.city_code, r.province_code, r.tier,
               ${String(dataYear + 1)} || '-' || coalesce(p.annual_data_deadline, ${DEFAULT_DEADLINE_SETTING}) AS deadline
        FROM recognition r LEFT JOIN programme p ON p.id = r.programme_id
        WHERE r.status IN ('active', 'under_rereview')
          AND r.valid_from <= ${yearEnd}::date
          AND coalesce(p.annual_data_deadline, ${DEFAULT_DEADLINE_SETTING}) = ANY(${passed}::text[])
          AND NOT EXISTS (SELECT 1 FROM annual_report a WHERE a.recognition_id = r.id AND a.data_year = ${dataYear})
          AND NOT EXISTS (SELECT 1 FROM recognition_event e WHERE e.recognition_id = r.id AND e.kind = 'annual_data_missed' AND e.evidence->>'dataYear' = ${String(dataYear)})
        FOR UPDATE OF r
      ), flagged AS (
        UPDATE recognition r SET
          rereview_right_lost = true,
          flagged_at = coalesce(r.flagged_at, now()),
          flag_reason = jsonb_build_object('items',
            coalesce(r.flag_reason->'items', '[]'::jsonb)
            || jsonb_build_array(jsonb_build_object('kind', 'annual-data-missed', 'dataYear', ${dataYear}::int, 'deadline', due.deadline))),
          version = r.version + 1
        FROM due WHERE r.id = due.id
        RETURNING r.id
      ), events AS (
        INSERT INTO recognition_event (id, recognition_id, company_id, kind, reason_category, reason_text, evidence, occurred_on)
        SELECT gen_random_uuid(), id, company_id, 'annual_data_missed', 'rereview_right_lost',
               ${String(dataYear)} || '年度数据未在' || deadline || '前报送',
               jsonb_build_object('dataYear', ${dataYear}::int, 'deadline', deadline), ${today}::date
        FROM due
        RETURNING id
      ), audits AS (
        INSERT INTO audit_log (actor_role, action, entity_type, entity_id, reason, data)
        SELECT 'system', 'recognition.annual_data_missed', 'recognition', id::text, 'annual data deadline missed',
               jsonb_build_object('dataYear', ${dataYear}::int, 'deadline', deadline)
        FROM due
        RETURNING id
      ), notes AS (
        INSERT INTO notification (id, user_id, kind, title_zh, title_en, body_zh, body_en, link)
        SELECT gen_random_uuid(), u.id, 'recognition.annual_data_missed',
               '未按期报送' || ${String(dataYear)} || '年度数据：' || d.certificate_no,
               'Annual data for ' || ${String(dataYear)} || ' missed: ' || d.certificate_no,
               '已超过报送期限（' || d.deadline || '），按规定丧失复核资格。',
               'The deadline (' || d.deadline || ') has passed; the title loses its right to re-review.',
               CASE WHEN u.role = 'company' THEN '/company/recognitions/' ELSE '/staff/recognitions/' END || d.id
        FROM due d JOIN app_user u ON u.disabled_at IS NULL AND (
          (u.role = 'company' AND u.company_id = d.company_id)
          OR (u.role = 'municipal' AND u.jurisdiction_code = d.city_code)
          OR (u.role = 'provincial' AND u.jurisdiction_code = d.province_code))
        RETURNING id
      )
      SELECT (SELECT count(*) FROM flagged)::int AS flagged, (SELECT count(*) FROM notes)::int AS notified
    `;
    return { flagged: row?.flagged ?? 0, notified: row?.notified ?? 0 };
  },
};

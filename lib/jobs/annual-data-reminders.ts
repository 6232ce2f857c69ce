import { reportingYear } from "@/lib/domain/annual-reports/reporting-calendar";
import type { JobDefinition } from "./job-types";
import { DEFAULT_DEADLINE_SETTING, daysBefore, deadlineSettings } from "@/lib/services/annual-reports/deadline-settings";

/** Reminders go out from 30 days and again from 7 days before the deadline. */
export const REMINDER_STAGES = [30, 7] as const;

/**
 * Reminds firms whose data for last year are not in yet. Each stage is sent once per title and
 * year: the notification's kind names the stage and its link the title and year, and a second run
 * skips users who already have it.
 */
export const annualDataRemindersJob: JobDefinition = {
  name: "annual-data-reminders",
  async run({ tx, today }) {
    const dataYear = reportingYear(today);
    const settings = await deadlineSettings(tx, dataYear);
    let reminded = 0;
    for (const stage of REMINDER_STAGES) {
      // The most urgent stage reached wins: at 5 days left only the 7-day reminder is due.
      const due = settings.filter((d) => today <= d.deadline && today >= daysBefore(d.deadline, stage) && (stage === 7 || today < daysBefore(d.deadline, 7)));
      if (due.length === 0) continue;
      const kind = `annual-report.reminder.${stage}`;
      const [row] = await tx.$queryRaw<{ n: number }[]>`
        WITH due AS (
          SELECT r.id, r.company_id, r.certificate_no,
                 ${String(dataYear + 1)} || '-' || coalesce(p.annual_data_deadline, ${DEFAULT_DEADLINE_SETTING}) AS deadline,
                 '/company/annual-reports?recognition=' || r.id || '&year=' || ${String(dataYear)} AS link
          FROM recognition r LEFT JOIN programme p ON p.id = r.programme_id
          WHERE r.status IN ('active', 'under_rereview')
            AND r.valid_from <= ${`${dataYear}-12-31`}::date
            AND coalesce(p.annual_data_deadline, ${DEFAULT_DEADLINE_SETTING}) = ANY(${due.map((d) => d.setting)}::text[])
            AND NOT EXISTS (SELECT 1 FROM annual_report a WHERE a.recognition_id = r.id AND a.data_year = ${dataYear})
        ), notes AS (
          INSERT INTO notification (id, user_id, kind, title_zh, title_en, body_zh, body_en, link)
          SELECT gen_random_uuid(), u.id, ${kind},
                 '请报送' || ${String(dataYear)} || '年度运营数据：' || d.certificate_no,
                 'Please submit your ' || ${String(dataYear)} || ' operating data: ' || d.certificate_no,
                 '报送截止日期为' || d.deadline || '，逾期将丧失复核资格。',
                 'The deadline is ' || d.deadline || '; missing it loses the right to re-review.',
                 d.link
          FROM due d JOIN app_user u ON u.role = 'company' AND u.company_id = d.company_id AND u.disabled_at IS NULL
          WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = u.id AND n.kind = ${kind} AND n.link = d.link)
          RETURNING id
        )
        SELECT count(*)::int AS n FROM notes
      `;
      reminded += row?.n ?? 0;
    }
    return { reminded };
  },
};

import type { Tx } from "@/lib/services/db-types";

export const JOB_NAMES = [
  "settle-rereviews",
  "expire-recognitions",
  "annual-data-deadline",
  "annual-data-reminders",
  "rereview-invitations",
  "review-deadlines",
  "sequence-audit",
] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobContext {
  tx: Tx;
  /** The day in China the run counts as (lib/calendar/today). */
  today: string;
  now: Date;
}

/** What a job did, by kind of thing, e.g. { expired: 12, notified: 9 }. */
export type JobCounts = Record<string, number>;

export interface JobDefinition {
  name: JobName;
  run(context: JobContext): Promise<JobCounts>;
}

export const JOB_LABELS = {
  "settle-rereviews": { zh: "办结复核（通过则续期，不通过则到期）", en: "Settle re-reviews (renew or end titles)" },
  "expire-recognitions": { zh: "有效期届满的称号到期", en: "Expire titles past their validity" },
  "annual-data-deadline": { zh: "标记逾期未报年度数据的企业", en: "Flag firms that missed the annual data deadline" },
  "annual-data-reminders": { zh: "年度数据报送提醒", en: "Annual data reminders" },
  "rereview-invitations": { zh: "邀请临近到期的企业申请复核", en: "Invite firms near expiry to re-review" },
  "review-deadlines": { zh: "提醒超过办理期限的申报", en: "Remind officials of files past their time limit" },
  "sequence-audit": { zh: "将审计记录编入签名日志", en: "Add audit entries to the signed log" },
} as const satisfies Record<JobName, { zh: string; en: string }>;

/** Counts' names in both languages, for the run history. */
export const COUNT_LABELS: Record<string, { zh: string; en: string }> = {
  renewed: { zh: "续期", en: "renewed" },
  failed: { zh: "复核未通过", en: "re-review failed" },
  expired: { zh: "到期", en: "expired" },
  flagged: { zh: "标记逾期", en: "flagged as overdue" },
  reminded: { zh: "发送提醒", en: "reminders sent" },
  invited: { zh: "发出复核邀请", en: "invited" },
  warned: { zh: "到期提醒（不能复核）", en: "warned of expiry (no re-review)" },
  notified: { zh: "通知", en: "notifications" },
  overdue: { zh: "逾期提醒", en: "overdue files notified" },
  escalated: { zh: "逾期上报", en: "overdue files escalated" },
  expertsOverdue: { zh: "专家评审逾期提醒", en: "overdue expert reviews reminded" },
  expertsEscalated: { zh: "专家评审逾期上报", en: "overdue expert reviews escalated" },
  sequenced: { zh: "编入日志的审计记录", en: "audit entries logged" },
  logSize: { zh: "日志条目总数", en: "entries in the log" },
};

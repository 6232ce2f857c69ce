/**
 * What a RecognitionEvent records. Entries and exits are what the public sees of a firm's
 * history; the other kinds are the management trail officials and the firm see.
 * Pure data: used by services, pages and the timeline component alike.
 */
export const RECOGNITION_EVENT_KINDS = [
  "entry",
  "renewed",
  "rereview_invited",
  "rereview_started",
  "annual_data_submitted",
  "annual_data_missed",
  "flagged",
  "flag_cleared",
  "cancellation_proposed",
  "expired",
  "revoked",
  "withdrawn",
  // A change report the firm's officials accepted (docs/decisions/024): one event on each title
  // the firm holds, so the title's history says under which name and where it was held.
  "renamed",
  "restructured",
  "moved_out",
  "moved_in",
] as const;
export type RecognitionEventKind = (typeof RECOGNITION_EVENT_KINDS)[number];

/** The events that end a title: the public exits list shows revoked and expired ones. */
export const EXIT_KINDS = ["expired", "revoked", "withdrawn"] as const satisfies readonly RecognitionEventKind[];
export const PUBLIC_EXIT_KINDS = ["expired", "revoked"] as const satisfies readonly RecognitionEventKind[];
/** Events anyone may see on a firm's public page (entries and exits, renewals, and its changes of name and place). */
export const PUBLIC_EVENT_KINDS = [
  "entry",
  "renewed",
  "expired",
  "revoked",
  "withdrawn",
  "renamed",
  "restructured",
  "moved_out",
  "moved_in",
] as const satisfies readonly RecognitionEventKind[];

export const EVENT_KIND_LABELS = {
  entry: { zh: "认定入库", en: "Recognised" },
  renewed: { zh: "复核通过，有效期延续", en: "Renewed after re-review" },
  rereview_invited: { zh: "邀请参加复核", en: "Invited to re-review" },
  rereview_started: { zh: "启动复核", en: "Re-review started" },
  annual_data_submitted: { zh: "报送年度数据", en: "Annual data submitted" },
  annual_data_missed: { zh: "未按期报送年度数据", en: "Annual data not submitted by the deadline" },
  flagged: { zh: "列入复核关注", en: "Flagged for review" },
  flag_cleared: { zh: "解除关注", en: "Flag cleared" },
  cancellation_proposed: { zh: "省级核实后提请撤销", en: "Cancellation proposed by the province" },
  expired: { zh: "到期退出", en: "Expired" },
  revoked: { zh: "撤销认定", en: "Revoked" },
  withdrawn: { zh: "企业主动退出", en: "Withdrawn by the firm" },
  renamed: { zh: "更名", en: "Renamed" },
  restructured: { zh: "合并、分立、重组", en: "Merger or restructuring" },
  moved_out: { zh: "迁出", en: "Moved out" },
  moved_in: { zh: "迁入", en: "Moved in" },
} as const satisfies Record<RecognitionEventKind, { zh: string; en: string }>;

/** Reason categories that are not revocation reasons (see lib/workflow/revocation-reasons). */
export const OTHER_REASON_LABELS = {
  validity_ended: { zh: "有效期届满", en: "Validity period ended" },
  rereview_failed: { zh: "复核未通过", en: "Re-review not passed" },
  rereview_right_lost: { zh: "未按期报送年度数据，丧失复核资格", en: "Lost the right to re-review (annual data missed)" },
} as const;

/** The kinds a change report writes: a firm's changes of name and place (docs/decisions/024). */
export const CHANGE_EVENT_KINDS = ["renamed", "restructured", "moved_out", "moved_in"] as const satisfies readonly RecognitionEventKind[];

export function isEventKind(value: string): value is RecognitionEventKind {
  return (RECOGNITION_EVENT_KINDS as readonly string[]).includes(value);
}

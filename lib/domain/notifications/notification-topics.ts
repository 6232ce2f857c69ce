/**
 * The kinds of notice a person may choose not to receive by email (they still appear in the
 * portal's inbox). Everything else is essential and always emailed: deadlines and reminders,
 * decisions on applications and titles, requests for correction, invitations (re-review, expert
 * review), sign-up and password messages. A topic is a notification kind, or a kind prefix that
 * covers `prefix.*`; the outbox trigger matches them the same way.
 */
export const OPTIONAL_TOPICS = [
  { kind: "application.assigned", label: { zh: "分配给我的申请", en: "Applications assigned to me" } },
  { kind: "change-report.submitted", label: { zh: "企业提交的变更报告", en: "Change reports submitted by firms" } },
  { kind: "objection.lodged", label: { zh: "公示名单收到的异议", en: "Objections to lists on public notice" } },
  { kind: "recognition.flagged", label: { zh: "年度数据未达标的企业", en: "Firms whose annual data fall short" } },
] as const;

export type OptionalTopic = (typeof OPTIONAL_TOPICS)[number]["kind"];

const OPTIONAL = new Set<string>(OPTIONAL_TOPICS.map((topic) => topic.kind));

export function isOptionalTopic(kind: string): kind is OptionalTopic {
  return OPTIONAL.has(kind);
}

/** Whether a notification of this kind is always emailed. */
export function isEssentialKind(kind: string): boolean {
  return !OPTIONAL_TOPICS.some((topic) => kind === topic.kind || kind.startsWith(`${topic.kind}.`));
}

import type { ApplicationStatus } from "@/lib/workflow/application-lifecycle";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";
import { SECTION_LABELS } from "@/lib/application/sections";
import type { Audience, NotificationMessage } from "../notifications/notify";

interface Subject {
  id: string;
  companyId: string;
  cityCode: string;
  provinceCode: string;
  companyName: string;
}

/** Who hears about an application entering a status: the firm, and the level that acts next. */
export function audienceFor(to: ApplicationStatus, subject: Subject): Audience {
  const company = { companyId: subject.companyId, role: "company" as const };
  switch (to) {
    case "municipal_review":
      return [{ role: "municipal", jurisdictionCode: subject.cityCode }];
    case "provincial_review":
      return [company, { role: "provincial", jurisdictionCode: subject.provinceCode }];
    case "ministry_review":
      return [company, { role: "ministry" }];
    case "approved":
    case "returned":
    case "rejected":
    case "recognised":
      return [company];
    default:
      return [];
  }
}

/** The message of a status change: the reason when there is one, and for a return the sections to correct. */
export function noticeFor(to: ApplicationStatus, subject: Subject, reason: string | null, sections: readonly string[] = []): NotificationMessage {
  const label = APPLICATION_STATUS_LABELS[to];
  const named = sections.flatMap((s) => (s in SECTION_LABELS ? [SECTION_LABELS[s as keyof typeof SECTION_LABELS]] : []));
  const zh = [reason ? `理由：${reason}` : null, named.length ? `请修改：${named.map((s) => s.zh).join("、")}。` : null].filter(Boolean).join("\n");
  const en = [reason ? `Reason: ${reason}` : null, named.length ? `Please correct: ${named.map((s) => s.en).join(", ")}.` : null].filter(Boolean).join("\n");
  return {
    kind: `application.${to}`,
    title: { zh: `${subject.companyName}：${label.zh}`, en: `${subject.companyName}: ${label.en}` },
    body: zh ? { zh, en } : undefined,
    link: `/applications/${subject.id}`,
  };
}

import type { ApplicationStatus } from "@/lib/workflow/application-lifecycle";
import { APPLICATION_STATUS_LABELS } from "@/lib/workflow/application-lifecycle";
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

export function noticeFor(to: ApplicationStatus, subject: Subject, reason: string | null): NotificationMessage {
  const label = APPLICATION_STATUS_LABELS[to];
  return {
    kind: `application.${to}`,
    title: { zh: `${subject.companyName}：${label.zh}`, en: `${subject.companyName}: ${label.en}` },
    body: reason ? { zh: `理由：${reason}`, en: `Reason: ${reason}` } : undefined,
    link: `/applications/${subject.id}`,
  };
}

import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from "@/lib/workflow/application-lifecycle";
import { pick } from "./bilingual";

const TONE: Record<ApplicationStatus, string> = {
  draft: "bg-slate-100 text-slate-800",
  municipal_review: "bg-amber-100 text-amber-900",
  provincial_review: "bg-amber-100 text-amber-900",
  ministry_review: "bg-amber-100 text-amber-900",
  returned: "bg-orange-100 text-orange-900",
  approved: "bg-green-100 text-green-900",
  rejected: "bg-red-100 text-red-900",
  withdrawn: "bg-slate-100 text-slate-700",
  recognised: "bg-green-200 text-green-950",
};

/** An application's status in words (colour only adds to the text, never replaces it). */
export function StatusBadge({ status, locale }: { status: ApplicationStatus; locale: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm whitespace-nowrap ${TONE[status]}`} data-status={status}>
      {pick(APPLICATION_STATUS_LABELS[status], locale)}
    </span>
  );
}
